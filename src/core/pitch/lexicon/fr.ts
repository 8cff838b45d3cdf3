// French phrases (folded: no accents). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(appel|echange|call|rendez[ -]vous|rdv|visio|visioconference|reunion|entretien|point|cafe virtuel|zoom|teams)';
const OBJ = '(entreprises|equipes|societes|marques|startups|start-ups|pme|agences|cabinets|e-commer~|dirigeants|directeurs|organisations)';

export const fr: Lexicon = {
  'meeting-ask': `
(seriez|serais|etes|es)[ -](vous|tu) (disponible|dispo|libre|partant|ouvert)~ (pour|a) # ${MEET}
(avez|auriez)[ -]vous (\\d+|quinze|vingt|trente|quelques) (min~|mn)
(caler|planifier|organiser|programmer|fixer|prendre|reserver) (un |une )?(court |petit |rapide )?${MEET}
`,
  'demo-offer': `
(une|la) (demo|demonstration) (rapide|courte|gratuite|personnalisee|de \\d+|de notre|du produit|en direct)~
j'aimerais (vous|te) (montrer|presenter)~
(vous|te) (montrer|presenter) (comment|ce que)
`,
  'product-offer': `
(notre|nos|mon|ma) ([a-z\\-]+ )?(plateforme|solution|outil|logiciel|application|appli|app|produit|service|services|offre|crm|systeme|api)
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
`,
  'soft-ask': `
`,
  'purchase-push': `
profitez (de|des|du) # (offre|remise|reduction|promo~|prix|tarif~|conditions|places|soldes|black friday|code)~
(commandez|reservez|achetez|souscrivez|abonnez vous|inscrivez vous|activez|passez commande) (des maintenant|des aujourd'hui|aujourd'hui|vite|sans attendre)
(cette |l'|notre )?offre (limitee|exceptionnelle|speciale|de lancement|valable (jusqu|uniquement)|reservee aux|exclusive)~
`,
  'pain-hook': `
et si (vous|tu) (pouviez|pouvais) (automatiser|reduire|diviser|doubler|gagner|economiser|eliminer|supprimer|arreter|enfin|recuperer|multiplier|eviter|ne plus|vous concentrer|te concentrer|vous liberer|simplifier)~
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
(nous|on) ((aid|accompagn|propos|offr|fourniss|fabriqu|corrige|construis|developp|recrut|plac|ger|realis|install|integr|automatis|concev|produis|vend|distribu|remplac|optimis|reduis|livr)ons|aide|accompagne|propose|fournit|fabrique|corrige|developpe|recrute|place|(prenons|prend) en charge|gere|realise)
(nous avons|on a) (aide|accompagne|mene|realise|remplace|mis en place|concu|developpe|construit|lance|place|recrute|reduit|divise|fait|justement)
(je dirige|je gere|j'ai fonde|j'ai cree|je represente) (une|un)
(notre|nos) (equipe|cabinet|agence|societe|reseau|approche|methode|clients|offre|programme|bureau|studio|mission|accompagnement|expertise|demarche)
(je serais|je serai) (ravi|ravie|heureux|heureuse) de (vous|te) (presenter|montrer|rencontrer|accompagner)
`,
  results: `
\\d+([.,]\\d+)? ?(%|x|pour cent)
(en|sous|moins de) (\\d+|un|une|deux|trois|quatre|cinq|six|quelques) (jours|semaines|mois|heures)
divise~ par (deux|trois|\\d+)|de moitie|double~|triple~
`,
  free: `
gratuit~|offert~|gracieusement|sans (engagement|frais|obligation)|cadeau
(\\d+|un|deux|trois|premier~) (mois|semaines|jours) (offert~|gratuit~)
pilote~|acces anticipe|premiers utilisateurs|beta|(\\d+|trois|deux|quelques) places
`,
  fee: `
forfait~|honoraires|au succes|devis|proposition commerciale|tarifs?|prix|frais|commissions?|simulation|moins cher
par (heure|poste|mois|utilisateur|projet|salarie|recrutement)
`,
  'ask-time': `
(lundi|mardi|mercredi|jeudi|vendredi)
(cette|la) semaine|semaine prochaine|demain|(ce|le) mois prochain|la rentree
\\d{1,2} ?h(\\d\\d)?
(un|une) (court |petit |rapide |bref |breve |courte |petite )?(appel|echange|call|rendez-vous|rdv|visio|point|cafe|dejeuner|entretien|creneau)
(auriez|avez|aurais|as)[ -](vous|tu) (un creneau|quelques minutes|\\d+ min~|du temps|un moment)
(ca|cela) (vous|te) (va|irait|dit|conviendrait)|(vous|te) convient
votre (agenda|calendrier)|libres?|dispo~|disponible~
`,
  'ask-next': `
(puis|pourrais|pourrai|peux)[ -]je|(je peux|je pourrais) (vous|te)
(souhaitez|voulez|voudriez|veux|voudrais)[ -](vous|tu)
(je vous|je t'|je te) (envoie|prepare|transmets|partage|presente|montre|propose|appelle|inscris|reserve|cree)~
interesse~|(vaut|vaudrait) (le coup|la peine)|(voir|savoir) si (ca|cela|c'est|nous|on)
`,
};
