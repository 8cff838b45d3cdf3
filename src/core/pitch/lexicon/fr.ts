// French phrases (folded: no accents). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(appel|echange|call|rendez[ -]vous|rdv|visio|visioconference|reunion|entretien|point|cafe virtuel|zoom|teams)';
const OBJ = '(entreprises|equipes|societes|marques|startups|start-ups|pme|eti|editeurs|agences|cabinets|industriels|usines|ecoles|cliniques|e-commer~|dirigeants|directeurs|responsables|organisations|professionnels|commerciaux)';

export const fr: Lexicon = {
  'meeting-ask': `
(seriez|serais|etes|es)[ -](vous|tu) (disponible|dispo|libre|partant|ouvert)~ (pour|a) # ${MEET}
(avez|auriez)[ -]vous (\\d+|quinze|vingt|trente|quelques) (min~|mn)
(caler|planifier|organiser|programmer|fixer|prendre|reserver|convenir d'|booker) (un |une )?(court |petit |rapide |bref )?(\\d+ ?min~ )?${MEET}
(on|nous) (se cale|se fait|se programme|pourrions caler|peut caler|pourrait caler|se voit|en parle|en discute|echange)~
(un|une) (court|petit|rapide|bref|breve) (appel|echange|call|rendez[ -]vous|rdv|visio|point|entretien)
(un|des) creneau~ (ici|dans (mon|votre) agenda|la semaine)~
je suis (libre|dispo|disponible) (mardi|lundi|mercredi|jeudi|vendredi|la semaine)~
`,
  'demo-offer': `
(vous|te) (faire|montrer|presenter|proposer) (une |la )?(courte |petite |rapide |breve )?(demo|demonstration)~
(une|la) (demo|demonstration) (rapide|courte|gratuite|personnalisee|de \\d+|de notre|du produit|en direct)~
(vous|te) (le |la )?(montre|presente)~ en \\d+ ?min~
j'aimerais (vous|te) (montrer|presenter)~
`,
  'product-offer': `
(notre|nos|mon|ma) ([a-z\\-]+ )?(plateforme|solution|outil|logiciel|application|appli|app|produit|service|services|offre|crm|systeme|api)
(nous avons|on a|j'ai) (developpe|cree|lance|construit|concu) (une|un|la|le|notre)~
(nous proposons|nous offrons|nous fournissons|nous vendons|nous sommes specialis~|on propose)~
(je vous contacte|je te contacte|je me permets de vous contacter|je vous ecris|je me permets) (car|parce|pour|afin|de)~
la raison de mon (message|contact)
chez [a-z]+,? (nous|on) (avons|aidons|proposons|accompagnons)~
nous venons de lancer~
je dirige une (societe|entreprise|agence)~
`,
  'we-help': `
(nous aidons|j'aide|on aide|nous accompagnons|j'accompagne|on accompagne|nous travaillons avec|nous soutenons) (les |des )?${OBJ}
(entreprises|equipes|societes|structures) comme (la votre|les votres|la tienne|vous)
`,
  pricing: `
(nos|les) (tarifs|prix)
(tarif|prix|offre) (special|speciale|exclusi~|de lancement|preferentiel~|reduit)~
-? ?\\d+ ?% (de (reduction|remise)|sur)~
(reduction|remise|promo|code promo|coupon)~
(par|/) (mois|utilisateur|licence|an|siege)
(bien )?inferieur|moitie du cout|moitie prix
`,
  'trial-offer': `
(essai|audit|analyse|diagnostic|consultation|demo|echantillon|version|pilote|bilan) (gratuit~|offert~|sans frais)
`,
  'case-study': `
(etude|etudes|cas) de cas|cas client~|temoignage~ client~|success stor~
(nous avons|on a|j'ai)? ?(aide|reduit|augmente|double|triple|divise|ameliore|genere|economise|fait gagner) (a )?[a-z0-9]+~ # (de|par|en)~
(nos|mes) clients (ont |voient |obtiennent |constatent |triplent |doublent |gagnent |reduisent |augmentent )~
\\d+ ?% (de plus|de moins|en plus|de taux|de hausse|de baisse)~
(reduire|augmenter|ameliorer|doubler)~ [a-z' ]{1,30} de \\d+
(clients|entreprises) comme [a-z]+
`,
  'agency-offer': `
(generation|acquisition) de (leads|prospects|rendez[ -]vous|rdv|clients)
externalis~|sous[ -]?trait~|outsourcing
(nous sommes|on est|je dirige|j'ai) (une |un )?(agence|esn|cabinet|studio|societe de services)~
developpeurs (offshore|a|au|en|bases)~
`,
  'right-person': `
(bonne|bon) (personne|interlocut~|contact) (pour|a qui)~
qui (s'occupe|gere|est en charge|est responsable|decide|pilote|prend les decisions)~
(a qui|vers qui) (devrais|pourrais|dois)[ -]je~
`,
  'soft-ask': `
ca (vous|te) (interesse|tente|parle|dit)~
(je vous|je t') (envoie|prepare|transmets|partage)~
(ouvert|ouverte|partant|partante) (a|pour) (un echange|une discussion|explorer|en discuter|en savoir plus)~
voir si (ca|cela) (colle|a du sens|vous interesse|peut vous)~
(faites|fais)[ -](moi|le moi) (signe|savoir)~
`,
  'purchase-push': `
abonnements? annuel~
`,
  'pain-hook': `
(vous faites|tu fais|faites[ -]vous|vous gerez) encore~
il existe (plus simple|une meilleure solution|mieux)
`,
  warm: `
merci (pour|de|d'avoir) (la connexion|accepte|avoir accepte|votre commentaire|ton commentaire|le partage|partage|notre appel|l'appel|notre echange|l'echange|avoir pris le temps|la mise en relation)~
(j'ai adore|j'ai aime|j'ai apprecie|j'ai lu|beaucoup aime) (votre|ton|la|le) (publication|article|post|intervention|fil|conference|demo que|presentation|commentaire)~
(notre|l'|le) (appel|echange|rendez-vous|point|demo) d'hier
la demo que (vous avez|tu as) (faite|presentee|montree)
felicitations|bravo|felicite~
par curiosite
(nous avons travaille|on a travaille|nous etions|nous nous sommes rencontres)~
`,
  'no-pitch': `
pas de (vente|sponsors|pitch|pression)~
aucune urgence
`,
};
