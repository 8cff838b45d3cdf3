// French phrases (folded: no accents). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(appel|echange|call|rendez[ -]vous|rdv|visio|visioconference|reunion|entretien|point|cafe virtuel|zoom|teams)';
const OBJ = '(entreprises|equipes|societes|marques|startups|start-ups|pme|eti|editeurs|agences|cabinets|industriels|usines|ecoles|cliniques|e-commer~|dirigeants|directeurs|responsables|organisations|professionnels|commerciaux)';

export const fr: Lexicon = {
  'meeting-ask': `
(seriez|serais|etes|es)[ -](vous|tu) (disponible|dispo|libre|partant|ouvert)~ (pour|a) # ${MEET}
(avez|auriez)[ -]vous (\\d+|quinze|vingt|trente|quelques) (min~|mn)
(as|aurais)[ -]tu (\\d+|quinze|vingt|trente|quelques) (min~|mn)
\\d+ ?(min~|mn) (d'|de )?(appel|echange|call|visio|demo|rdv|entretien)
(caler|planifier|organiser|programmer|fixer|prendre|reserver|convenir d'|booker) (un |une )?(court |petit |rapide |bref )?(\\d+ ?min~ )?${MEET}
(on|nous) (se cale|se fait|se programme|pourrions caler|peut caler|pourrait caler|se voit|en parle|en discute|echange)~
on se cale~
(un|une) (court|petit|rapide|bref|breve) (appel|echange|call|rendez[ -]vous|rdv|visio|point|entretien)
quand (seriez[ -]vous|serais[ -]tu|etes[ -]vous|auriez[ -]vous) (dispo|disponible|libre)~
(proposer|propose) (un|une) (\\w+ )?${MEET}
(reservez|choisissez|prenez|bookez) (un creneau|un rendez[ -]vous|un rdv|directement)~
(un|des) creneau~ (ici|dans (mon|votre) agenda|la semaine)~
je suis (libre|dispo|disponible) (mardi|lundi|mercredi|jeudi|vendredi|la semaine)~
dans votre agenda
`,
  'demo-offer': `
(vous|te) (faire|montrer|presenter|proposer) (une |la )?(courte |petite |rapide |breve )?(demo|demonstration)~
(une|la) (demo|demonstration) (rapide|courte|gratuite|personnalisee|de \\d+|de notre|du produit|en direct)~
(vous|te) (le |la )?(montre|presente)~ en \\d+ ?min~
(vous|te) montrer comment~
j'aimerais (vous|te) (montrer|presenter)~
(demandez|reservez|planifiez) (votre |une )?(demo|demonstration)
`,
  'product-offer': `
(notre|nos|mon|ma) ([a-z\\-]+ )?(plateforme|solution|outil|logiciel|application|appli|app|produit|service|services|offre|crm|systeme|api)
(nous avons|on a|j'ai) (developpe|cree|lance|construit|concu) (une|un|la|le|notre)~
(nous proposons|nous offrons|nous fournissons|nous vendons|nous sommes specialis~|on propose)~
(je vous contacte|je te contacte|je me permets de vous contacter|je vous ecris|je me permets) (car|parce|pour|afin|de)~
la raison de mon (message|contact)
d'ou mon message
(vous|te) presenter (notre|nos|mon|ma) ([a-z\\-]+ )?(societe|entreprise|plateforme|solution|produit|outil|service~|offre)
chez [a-z]+,? (nous|on) (avons|aidons|proposons|accompagnons)~
(nous sommes|on est) (une|un) ([a-z\\-]+ )?(entreprise|startup|plateforme|societe|esn|cabinet|editeur)
nous venons de lancer~
je dirige une (societe|entreprise|agence)~
`,
  'we-help': `
(nous aidons|j'aide|on aide|nous accompagnons|j'accompagne|on accompagne|nous travaillons avec|nous soutenons) (les |des )?${OBJ}
(nous aidons|nous accompagnons|on aide) [a-z]+~ a (reduire|augmenter|gagner|generer|automatiser|ameliorer|doubler|developper|accelerer|economiser)~
(entreprises|equipes|societes|structures) comme (la votre|les votres|la tienne|vous)
(vous|t')aider a (reduire|augmenter|gagner|generer|automatiser|ameliorer|doubler|developper|accelerer|economiser|decrocher|signer)~
(nous pouvons|nous pourrions|on peut|on pourrait) (vous|t')aider~
`,
  pricing: `
(nos|les) (tarifs|prix)
(grille|proposition) tarifaire
(tarif|prix|offre) (special|speciale|exclusi~|de lancement|preferentiel~|reduit)~
-? ?\\d+ ?% (de (reduction|remise)|sur)~
(reduction|remise|promo|code promo|coupon)~
(par|/) (mois|utilisateur|licence|an|siege)
(vous|t') (envoie|envoyer|transmets|transmettre|partager) (nos|les|la|notre|un|une) (tarifs|prix|devis|proposition|grille)~
(un|le) devis~
(bien )?inferieur|moitie du cout|moitie prix
`,
  'trial-offer': `
(essai|audit|analyse|diagnostic|consultation|demo|echantillon|version|pilote|bilan) (gratuit~|offert~|sans frais)
(essayez|testez|essayer|tester) (gratuitement|gratuit)~
gratuitement pendant \\d+ jours
\\d+ jours (d'essai|gratuits)
sans carte (bancaire|de credit)
sans engagement
acces anticipe
(periode|programme) d'essai
`,
  'case-study': `
(etude|etudes|cas) de cas|cas client~|temoignage~ client~|success stor~
(nous avons|on a|j'ai)? ?(aide|reduit|augmente|double|triple|divise|ameliore|genere|economise|fait gagner) (a )?[a-z0-9]+~ # (de|par|en)~
divise par (deux|trois|\\d+)
multipli~ par (deux|trois|\\d+)
(nos|mes) clients (ont |voient |obtiennent |constatent |triplent |doublent |gagnent |reduisent |augmentent )~
\\d+ ?% (de plus|de moins|en plus|de taux|de hausse|de baisse)~
(reduire|augmenter|ameliorer|doubler)~ [a-z' ]{1,30} de \\d+
(clients|entreprises) comme [a-z]+
`,
  'agency-offer': `
(generation|acquisition) de (leads|prospects|rendez[ -]vous|rdv|clients)
lead ?gen~
prise de (rendez[ -]vous|rdv)
externalis~|sous[ -]?trait~|outsourcing
(offshore|nearshore)
agence (de )?([a-z]+ )?(marketing|seo|web|digitale?|communication|growth|design|developpement|contenu|prospection|recrutement|leads)~
(nous sommes|on est|je dirige|j'ai) (une |un )?(agence|esn|cabinet|studio|societe de services)~
(rendez[ -]vous|rdv|leads|prospects) qualifies
remplir (votre|ton) (agenda|pipeline|pipe)
(renfort|renforcer votre equipe|ressources dediees|developpeurs dedies|profils disponibles)
(recevoir|envoyer|partager) (quelques |des )?(profils|cv)
developpeurs (offshore|a|au|en|bases)~
`,
  'right-person': `
(etes[ -]vous|es[ -]tu|seriez[ -]vous) (la|le) (bonne|bon|meilleur~) (personne|interlocut~|contact)
(bonne|bon) (personne|interlocut~|contact) (pour|a qui)~
qui (s'occupe|gere|est en charge|est responsable|decide|pilote|prend les decisions)~
(a qui|vers qui) (devrais|pourrais|dois)[ -]je~
decideur~
`,
  'soft-ask': `
(aurait|a|aurais)[ -](il|t-il) du sens~
ca (vous|te) (interesse|tente|parle|dit)~
(cela|ceci) (vous|pourrait vous) (interesse|interesser)~
(je vous|je t') (envoie|prepare|transmets|partage)~
(puis|pourrais)[ -]je (vous|t') (envoyer|partager|montrer|presenter)~
(ouvert|ouverte|partant|partante) (a|pour) (un echange|une discussion|explorer|en discuter|en savoir plus)~
voir si (ca|cela) (colle|a du sens|vous interesse|peut vous)~
(faites|fais)[ -](moi|le moi) (signe|savoir)~
interesse\\?|interessee\\?
vaut (le coup|la peine) d'en (parler|discuter)
`,
  'purchase-push': `
(achetez|commandez|abonnez|inscrivez|souscrivez)~
(cette semaine|ce mois)[ -]ci seulement|seulement cette semaine|uniquement cette semaine|jusqu'a (vendredi|lundi|la fin du mois)
offre (limitee|speciale|exclusive)|places limitees|duree limitee
abonnements? annuel~
offre entreprise
`,
  'pain-hook': `
(vous faites|tu fais|faites[ -]vous|vous gerez) encore~
encore [a-z ]{1,30} (a la main|manuellement|sur excel|dans des tableurs)
il existe (plus simple|une meilleure solution|mieux)
(et si|imaginez si) (vous|votre equipe) (pouviez|pouvait)~
marre de~
`,
  warm: `
merci (pour|de|d'avoir) (la connexion|accepte|avoir accepte|votre commentaire|ton commentaire|le partage|partage|notre appel|l'appel|notre echange|l'echange|avoir pris le temps|la mise en relation)~
(ravi|ravie|heureux|heureuse|content|contente|un plaisir) (de )?(vous|te|t') ?(avoir )?(rencontre|connecter|voir|echanger|lire)~
(j'ai adore|j'ai aime|j'ai apprecie|j'ai lu|beaucoup aime) (votre|ton|la|le) (publication|article|post|intervention|fil|conference|demo que|presentation|commentaire)~
(notre|l'|le) (appel|echange|rendez-vous|point|demo) d'hier
la demo que (vous avez|tu as) (faite|presentee|montree)
felicitations|bravo|felicite~
joyeux anniversaire
comme promis|comme convenu|suite a notre (discussion|echange|conversation)
un conseil~|des conseils~
par curiosite
avez[ -]vous finalement choisi|as[ -]tu finalement choisi|avez[ -]vous choisi
(nous avons travaille|on a travaille|nous etions|nous nous sommes rencontres)~
je fais les presentations
`,
  'no-pitch': `
pas de (vente|sponsors|pitch|pression)~
sans (arriere[ -]pensee|pression|engagement de votre part)
aucune urgence
pour mon (memoire|these|etude|article)
`,
};
