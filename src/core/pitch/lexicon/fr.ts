// French phrases (folded: no accents). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(appel|echange|call|rendez[ -]vous|rdv|visio|visioconference|reunion|entretien|point|cafe virtuel|zoom|teams)';
const OBJ = '(entreprises|equipes|societes|marques|startups|start-ups|pme|eti|editeurs|agences|cabinets|industriels|usines|ecoles|cliniques|e-commer~|dirigeants|directeurs|responsables|organisations|professionnels|commerciaux)';

export const fr: Lexicon = {
  'meeting-ask': `
(seriez|serais|etes|es)[ -](vous|tu) (disponible|dispo|libre|partant|ouvert)~ (pour|a) # ${MEET}
(avez|auriez)[ -]vous (\\d+|quinze|vingt|trente|quelques) (min~|mn)
(caler|planifier|organiser|programmer|fixer|prendre|reserver|convenir d'|booker) (un |une )?(court |petit |rapide |bref )?(\\d+ ?min~ )?${MEET}
je suis (libre|dispo|disponible) (mardi|lundi|mercredi|jeudi|vendredi|la semaine)~
`,
  'demo-offer': `
(une|la) (demo|demonstration) (rapide|courte|gratuite|personnalisee|de \\d+|de notre|du produit|en direct)~
j'aimerais (vous|te) (montrer|presenter)~
`,
  'product-offer': `
(notre|nos|mon|ma) ([a-z\\-]+ )?(plateforme|solution|outil|logiciel|application|appli|app|produit|service|services|offre|crm|systeme|api)
(nous proposons|nous offrons|nous fournissons|nous vendons|nous sommes specialis~|on propose)~
(je vous contacte|je te contacte|je me permets de vous contacter|je vous ecris|je me permets) (car|parce|pour|afin|de)~
`,
  'we-help': `
(nous aidons|j'aide|on aide|nous accompagnons|j'accompagne|on accompagne|nous travaillons avec|nous soutenons) (les |des )?${OBJ}
`,
  pricing: `
-? ?\\d+ ?% (de (reduction|remise)|sur)~
`,
  'trial-offer': `
`,
  'case-study': `
(nous avons|on a|j'ai)? ?(aide|reduit|augmente|double|triple|divise|ameliore|genere|economise|fait gagner) (a )?[a-z0-9]+~ # (de|par|en)~
\\d+ ?% (de plus|de moins|en plus|de taux|de hausse|de baisse)~
(reduire|augmenter|ameliorer|doubler)~ [a-z' ]{1,30} de \\d+
`,
  'agency-offer': `
(nous sommes|on est|je dirige|j'ai) (une |un )?(agence|esn|cabinet|studio|societe de services)~
developpeurs (offshore|a|au|en|bases)~
`,
  'right-person': `
(bonne|bon) (personne|interlocut~|contact) (pour|a qui)~
qui (s'occupe|gere|est en charge|est responsable|decide|pilote|prend les decisions)~
`,
  'soft-ask': `
`,
  'purchase-push': `
`,
  'pain-hook': `
`,
  warm: `
par curiosite
(nous avons travaille|on a travaille|nous etions|nous nous sommes rencontres)~
`,
  'no-pitch': `
`,
  offer: `
(nous sommes|on est|je suis) (une|un) # (cabinet|societe|studio|startup|editeur|partenaire|prestataire|plateforme|fabricant|integrateur|reseau|equipe|boutique|bureau|courtier|distributeur)
(nous|on) (aidons|aide|accompagnons|accompagne|proposons|propose|offrons|fournissons|fournit|fabriquons|fabrique|corrigeons|corrige|construisons|developpons|developpe|recrutons|recrute|placons|place|prenons en charge|prend en charge|gerons|gere|realisons|realise|installons|integrons|automatisons|concevons|produisons|vendons|distribuons|faisons|fait|travaillons|travaille|mettons|formons|remplacons|optimisons|reduisons|livrons)
(nous avons|on a) (aide|accompagne|mene|realise|remplace|mis en place|concu|developpe|construit|lance|place|recrute|reduit|divise|fait|justement)
(je dirige|je gere|j'ai fonde|j'ai cree|je represente) (une|un)
(je travaille|je suis) (chez|pour)
(notre|nos|mon|ma) (equipe|cabinet|agence|societe|reseau|approche|methode|clients|offre|programme|bureau|studio|mission|accompagnement|expertise|demarche)
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
gratuit~|offert~|gracieusement|sans engagement|sans frais|sans obligation|cadeau
(\\d+|un|deux|trois|premier~) (mois|semaines|jours) (offert~|gratuit~)
pilote~|acces anticipe|premiers utilisateurs|beta|(\\d+|trois|deux|quelques) places
`,
  fee: `
forfait~|honoraires|au succes|devis|proposition commerciale|tarifs?|prix|frais|commissions?|simulation|moins cher
(par|/) (heure|poste|mois|utilisateur|projet|salarie|recrutement)
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
interesse~|vaut (le coup|la peine)|vaudrait (le coup|la peine)|(voir|savoir) si (ca|cela|c'est|nous|on)
des (postes|besoins|projets) (ouverts|en cours)|c'est un sujet
(a qui|avec qui) (devrais|pourrais|dois)
`,
};
