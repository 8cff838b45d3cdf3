// French phrases (folded: no accents). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(appel|echange|call|rendez[ -]vous|rdv|visio|visioconference|reunion|entretien|point|cafe virtuel|zoom|teams)';
const OBJ = '(entreprises|equipes|societes|marques|startups|start-ups|pme|agences|cabinets|e-commer~|dirigeants|directeurs|organisations)';

export const fr: Lexicon = {
  'meeting-ask': `
(seriez|serais|etes|es)[ -](vous|tu) (disponible|dispo|libre|partant|ouvert)~ (pour|a) # ${MEET}
(avez|auriez)[ -]vous (\\d+|quinze|vingt|trente|quelques) (min~|mn)
(caler|planifier|organiser|programmer|fixer|prendre|reserver) (un |une )?(court |petit |rapide )?${MEET}
je suis (libre|dispo|disponible) (mardi|lundi|mercredi|jeudi|vendredi|la semaine)~
`,
  'demo-offer': `
(une|la) (demo|demonstration) (rapide|courte|gratuite|personnalisee|de \\d+|de notre|du produit|en direct)~
j'aimerais (vous|te) (montrer|presenter)~
(vous|te) (montrer|presenter) (comment|ce que)
`,
  'product-offer': `
(notre|nos|mon|ma) ([a-z\\-]+ )?(plateforme|solution|outil|logiciel|application|appli|app|produit|service|services|offre|crm|systeme|api)
(je (vous|te) (contacte|ecris)|je me permets) (car|parce|pour|afin|de)~
`,
  'we-help': `
(nous aidons|j'aide|on aide|nous accompagnons|j'accompagne|on accompagne|nous travaillons avec) (les |des )?${OBJ}
`,
  pricing: `
\\d+ ?% (de (reduction|remise)|sur)~
`,
  'trial-offer': `
`,
  'case-study': `
(nous avons|on a|j'ai)? ?(aide|reduit|augmente|double|triple|divise|ameliore|genere|economise|fait gagner) (a )?[a-z0-9]+~ # (de|par|en)~
`,
  'agency-offer': `
(nous sommes|on est|je dirige|j'ai) (une |un )?(agence|esn|cabinet|studio|societe de services)~
developpeurs (offshore|a|au|en|bases)~
`,
  'right-person': `
(bonne|bon) (personne|interlocut~|contact) (pour|a qui)~
qui (s'occupe|gere|est en charge|est responsable|decide|pilote|prend les decisions)~
a qui (puis|pourrais|dois|devrais)[ -]je
`,
  'soft-ask': `
`,
  'purchase-push': `
profitez (de|des|du) # (offre|remise|reduction|promo~|prix|tarif~|conditions|places|soldes|black friday|code)~
(commandez|reservez|achetez|souscrivez|abonnez vous|inscrivez vous|activez|passez commande) (des maintenant|des aujourd'hui|aujourd'hui|vite|sans attendre)
(cette |l'|notre )?offre (limitee|exceptionnelle|speciale|de lancement|valable (jusqu|uniquement)|reservee aux|exclusive)~
(pour une|pendant une|en|a) duree limitee|(dans la limite des|jusqu'a epuisement des) (places|stocks)
(il ne reste (plus )?que|plus que|dernieres) # places
`,
  'pain-hook': `
et si (vous|tu) (pouviez|pouvais) (automatiser|reduire|diviser|doubler|gagner|economiser|eliminer|supprimer|arreter|enfin|recuperer|multiplier|eviter|ne plus|vous concentrer|te concentrer|vous liberer|simplifier)~
(vous|tu) en (avez|as) (assez|marre) de|(marre|fatigue~|las|lasse~) de (perdre|gerer|passer|courir|jongler|relancer|saisir|payer|chercher)~
(vous|tu) (gerez|geres|faites|fais|suivez|suis|utilisez|utilises|perdez|perds) (encore|toujours) # (excel|tableurs?|fichiers|a la main|manuellement|papier|temps|heures|clients)~
(toujours|encore) # (sur|dans|avec|sous) (excel|des tableurs|vos tableurs|des fichiers excel|des feuilles de calcul|du papier)
il existe (une|un) (meilleure|autre|moyen plus) (solution|facon|methode|maniere|simple)~|il y a (une )?(meilleure|plus simple) (solution|facon|maniere|methode)~
combien (de temps|d'heures|d'argent|de clients|de leads) (perdez|perd|perdent|perds)~
imaginez (pouvoir|que vous puissiez)
`,
  warm: `
par curiosite|(felicitations|bravo)~
(nous avons travaille|on a travaille|nous etions|nous nous sommes rencontres|on s'est croises)~
(votre|ton|ta) (post|publication|article|intervention|conference|presentation|interview|fil|podcast|livre)
comme (convenu|promis|discute)|merci (encore|pour (notre|votre|ton|ta|la recommandation))
(la|le|notre|du) (demo|rendez-vous|reunion|appel|visite) (de|d'|du) ?(hier|lundi|mardi|mercredi|jeudi|vendredi)|que vous (avez faite|nous avez montre)|dont je (te|vous) parlais
`,
  answer: `
(tu|vous) (m'?|nous )?(as|avez) (demande|pose|interroge)|(ta|votre) question|(vous|tu) (me )?demandiez
(en )?reponse a (ta|votre)|je (te|vous) reponds|comme (tu|vous) (me l'?)?(as|avez) demande
`,
  customer: `
(je suis|nous sommes) (client|cliente|clients|clientes|utilisateur|utilisatrice|utilisateurs) (de|chez) (votre|ta|vos|tes|vous|toi)
(en tant que|comme) (client|cliente)s? (de|chez) (votre|ta|vous|toi)|ticket (de support|n)
`,
  'no-pitch': `
(aucune|sans) (intention|arriere-pensee|vis[ee]e)~ commercial~|pas de (vente|sponsors)
(recherche|cherche) (d'un|un|d'une|une) (poste|emploi|stage)|(votre|ton) (avis|conseil)|un conseil
memoire|ma these
(mettre|mette) en (relation|contact)
`,
  offer: `
(nous sommes|on est|je suis) (une|un) # (cabinet|societe|studio|startup|editeur|partenaire|prestataire|plateforme|fabricant|integrateur|reseau|equipe|boutique|bureau|courtier|distributeur)
(nous|on) ((aid|accompagn|propos|offr|fourniss|fabriqu|corrige|construis|developp|recrut|plac|ger|realis|install|integr|automatis|concev|produis|vend|distribu|remplac|optimis|reduis|livr)ons|aide|accompagne|propose|fournit|fabrique|corrige|developpe|recrute|place|(prenons|prend) en charge|gere|realise)
(nous avons|on a) (aide|accompagne|mene|realise|remplace|mis en place|concu|developpe|construit|lance|place|recrute|reduit|divise|fait|justement)
(je dirige|je gere|j'ai fonde|j'ai cree|je represente) (une|un)
(je travaille|je suis) (chez|pour)
(notre|nos) (equipe|cabinet|agence|societe|reseau|approche|methode|clients|offre|programme|bureau|studio|mission|accompagnement|expertise|demarche)
(je serais|je serai) (ravi|ravie|heureux|heureuse) de (vous|te) (presenter|montrer|rencontrer|accompagner)
`,
  results: `
\\d+([.,]\\d+)? ?(%|x|pour cent)
(en|sous|moins de) (\\d+|un|une|deux|trois|quatre|cinq|six|quelques) (jours|semaines|mois|heures)
divise~ par (deux|trois|\\d+)|de moitie|double~|triple~
(entreprises|equipes|clients|structures) (comme|similaires|de votre taille)|de votre taille
retour sur investissement|roi
`,
  free: `
gratuit~|offert~|gracieusement|sans (engagement|frais|obligation)|cadeau
(\\d+|un|deux|trois|premier~) (mois|semaines|jours) (offert~|gratuit~)
pilote~|acces anticipe|premiers utilisateurs|beta|(\\d+|trois|deux|quelques) places
`,
  fee: `
forfait~|honoraires|au succes|devis|proposition commerciale|tarifs?|prix|frais|commissions?|simulation|moins cher
par (heure|poste|mois|utilisateur|projet|salarie|recrutement)
(heure|poste|mois|utilisateur|projet|salarie|recrutement)(?<=/ ?[a-z]+)
`,
  'ask-time': `
(lundi|mardi|mercredi|jeudi|vendredi)
(cette|la) semaine|semaine prochaine|demain|(ce|le) mois prochain|la rentree
\\d{1,2} ?h(\\d\\d)?
(un|une) (court |petit |rapide |bref |breve |courte |petite )?(appel|echange|call|rendez-vous|rdv|visio|point|cafe|dejeuner|entretien|creneau)
(auriez|avez|aurais|as)[ -](vous|tu) (un creneau|quelques minutes|\\d+ min~|du temps|un moment)
(m'accorder|me consacrer|me donner) # minutes
(ca|cela) (vous|te) (va|irait|dit|conviendrait)|(vous|te) convient
(vous|t') (appeler|appelle|rencontrer|inviter)|(on|nous) (s'appelle|se voit|se cale)~
votre (agenda|calendrier)|libres?|dispo~|disponible~
`,
  'ask-next': `
(puis|pourrais|pourrai|peux)[ -]je|(je peux|je pourrais) (vous|te)
(souhaitez|voulez|voudriez|veux|voudrais)[ -](vous|tu)
(me permettriez|permettez)[ -]vous
(je vous|je t'|je te) (envoie|prepare|transmets|partage|presente|montre|propose|appelle|inscris|reserve|cree)~
(faites|fais|dites|dis)[ -](moi|le[ -]moi)|tenez[ -]moi au courant
interesse~|(vaut|vaudrait) (le coup|la peine)|(voir|savoir) si (ca|cela|c'est|nous|on)
des (postes|besoins|projets) (ouverts|en cours)|c'est un sujet
(a qui|avec qui) (devrais|pourrais|dois)
`,
};
