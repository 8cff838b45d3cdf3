// German phrases (folded: ä→a, ö→o, ü→u, ß→s; "ae/oe/ue" spellings covered where common).
// German sales copy borrows English words (Demo, Call, Meeting, Pricing), so those appear here too.
import type { Lexicon } from '../compile.js';

const MEET = '(gesprach|telefonat|call|austausch|termin|meeting|videocall|video-call|teams-call|zoom|kennenlernen|kennenlerngesprach|kennenlern-call|erstgesprach|telko)';
const OBJ = '(unternehmen|firmen|teams|marken|startups|mittelstandler|kmu|agenturen|kanzleien|hersteller|handler|shops|onlineshops|saas~|b2b~|vertriebsteams|hr-teams|organisationen|fuhrungskrafte|betriebe|fertigungsbetriebe|kunden wie)';

export const de: Lexicon = {
  'meeting-ask': `
(hatten|haben|hattest|hast) (sie|du) (nachste woche |diese woche |am \\w+ |morgen )?(\\d+|funfzehn|zwanzig|dreisig|kurz|mal|etwas) (min~|zeit)
(hatten|haben|hattest|hast) (sie|du) (nachste woche |diese woche |am \\w+ |morgen )?zeit (fur|auf) # ${MEET}
\\d+[ -]?(min~|minutig~) (gesprach|telefonat|call|austausch|termin|meeting|demo)~
(einen|ein) (kurzen|kurzes|schnellen|schnelles|kleinen|unverbindlichen|unverbindliches) (\\d+[ -]?minutig~ )?${MEET}~
(kurzes|kurzer|kurzen) (gesprach|telefonat|call|austausch|termin|meeting)~
(termin|gesprach|call|telefonat|meeting) (vereinbaren|ausmachen|buchen|finden|einplanen|machen)
(vereinbaren|buchen|finden|planen) wir (einen|ein|kurz)~
(lust|zeit) auf (einen|ein) (kurzen |kurzes )?${MEET}~
wann (passt es ihnen|passt es dir|passt ihnen|passt dir|hatten sie zeit|hast du zeit|sind sie erreichbar)~
(passt|ginge) (es )?(ihnen|dir|fur sie|fur dich|fur sie|fur dich) (nachste|diese|am|morgen)~
(finden|finde) wir (nachste woche |diese woche )?\\d+ min~
(hier|direkt) (einen|ein) (termin|slot|zeitfenster)~ (buchen|wahlen|aussuchen)~
(termin|slot) (buchen|wahlen|aussuchen)
in einem kurzen (termin|gesprach|call|telefonat)
`,
  'demo-offer': `
(ihnen|dir|euch) (gern |gerne |kurz )?(eine |die )?(kurze |schnelle |kostenlose |personliche |live-)?(demo|produktdemo|vorfuhrung)~ (zeigen|geben|vorstellen|anbieten)
(eine|die) (kurze |schnelle |kostenlose |personliche |live-|\\d+[ -]?minutige )?(demo|produktdemo|vorfuhrung) (unserer|unseres|unseren|von unserer|von unserem|zeigen|vereinbaren|buchen|ansehen)~
(kurze|kostenlose|personliche|individuelle|unverbindliche) (demo|produktdemo|vorfuhrung)
(zeige|zeig) (ihnen|dir|euch)('?s| es| das)? (gern |gerne )?in \\d+ min~
(ihnen|dir|euch) (gern |gerne )?zeigen, wie~
(ihnen|dir|euch) (gern |gerne )?zeigen wie~
demo (buchen|vereinbaren|anfragen)
`,
  'product-offer': `
(unsere|unser|unseren|unserem|meine|mein) ([a-z\\-]+ )?(plattform|losung|tool|software|app|produkt|dienstleistung|dienstleistungen|service|angebot|crm|system|api|ki-tool)~
(wir haben|ich habe) (eine|ein|einen|die|das|unsere) ([a-z\\-]+ )?(plattform|losung|tool|software|app|produkt)~ (entwickelt|gebaut|gelauncht|gestartet|geschaffen)
wir haben (eine|ein|einen) [a-z\\-]+ (entwickelt|gebaut)
(wir bieten|bieten wir|wir liefern|wir verkaufen|wir sind spezialisiert|wir vertreiben)~
ich (melde mich|schreibe ihnen|schreibe dir|kontaktiere sie|wende mich an sie),? (weil|da|um|denn|wegen)~
(der grund|anlass) (meiner|fur meine) nachricht
deshalb schreibe ich~
(ihnen|dir|euch) (gern |gerne )?(unsere|unser|unseren) ([a-z\\-]+ )?(losung|plattform|produkt|tool|software|angebot|unternehmen)~ vorstellen
bei [a-z]+ (haben|helfen|bieten|unterstutzen) wir~
wir sind (eine|ein) ([a-z\\-]+ )?(startup|unternehmen|plattform|anbieter|dienstleister|beratung|softwarehaus)
wir haben gerade (unser|unsere|unseren)~
`,
  'we-help': `
(wir helfen|ich helfe|wir unterstutzen|ich unterstutze|wir begleiten|wir arbeiten mit) ([a-z\\-]+ )?${OBJ}
(wir helfen|wir unterstutzen) [a-z\\-]+~ (dabei|bei)~
(unternehmen|firmen|teams|betriebe) wie (ihres|ihrem|ihr|deines|deinem|euer|eures|ihres)
(helfen|unterstutzen) (ihnen|dir|euch) (dabei|gern|gerne)~
(konnen|konnten) (ihnen|dir|euch) (dabei )?helfen~
`,
  pricing: `
(unsere|die) (preise|konditionen|stundensatze|tagessatze|tarife|preisliste)
(sonderpreis|sonderkonditionen|einfuhrungspreis|vorzugspreis|rabatt|preisnachlass|gutschein|rabattcode)~
\\d+ ?% (rabatt|nachlass|gunstiger)
pro (monat|nutzer|user|lizenz|jahr|seat)
(ihnen|dir|euch) (gern |gerne )?(die |unsere )?(preise|konditionen|ein angebot|stundensatze|tagessatze|preisliste)~ (schicken|senden|zukommen)~
(schicke|sende) (ich )?(ihnen|dir|euch) (gern |gerne )?(die |unsere |ein )?(preise|konditionen|angebot|stundensatze|tagessatze)~
(ein|unser) angebot
(deutlich )?(geringeren|niedrigeren) kosten|halfte der kosten
pricing
`,
  'trial-offer': `
(kostenlos|kostenfrei|gratis|unverbindlich)~ (testen|test|testphase|audit|analyse|beratung|check|sicherheitscheck|erstgesprach|demo|pilot|probe|workshop)~
(kostenlose|kostenfreie|unverbindliche|gratis) (testphase|audit|analyse|beratung|check|sicherheitscheck|demo|pilot|probe|version|potenzialanalyse)~
(\\d+ tage) (kostenlos|gratis|testen|test)~
ohne kreditkarte
ohne (vertragsbindung|risiko)
fruhen? zugang|early access
(testphase|pilotprojekt|probephase)
`,
  'case-study': `
(fallstudie|case study|referenzprojekt|erfolgsgeschichte|kundenbeispiel|success story)~
(wir haben|haben wir) [a-z0-9\\-]+~ (geholfen|dabei geholfen)~
(halbiert|verdoppelt|verdreifacht|gesenkt|gesteigert|reduziert|erhoht|verbessert)~
unsere kunden (sparen|steigern|senken|verdoppeln|verdreifachen|erreichen|sehen|gewinnen|reduzieren)~
um (\\d+|bis zu \\d+) ?% (gesenkt|gesteigert|reduziert|erhoht|verbessert|senken|steigern|reduzieren|erhohen)~
(kunden|firmen|unternehmen) wie [a-z]+
`,
  'agency-offer': `
(leadgenerierung|lead-generierung|leadgenerierungs~|lead generation|leadgen|terminierung|terminvereinbarung fur|neukundengewinnung|kaltakquise)~
outsourc~|auslager~
(offshore|nearshore)~
([a-z\\-]+-)?agentur~
(wir sind|ich leite|ich fuhre|ich betreibe) (eine |ein )?([a-z\\-]+ )?(agentur|softwarehaus|beratung|dienstleister|studio)~
qualifizierte(n)? (termine|leads|gesprache|meetings)
(kalender|pipeline) mit (qualifizierten )?(terminen|leads)~
(verstarkung|entwicklerkapazitat|entwickler aus|dedizierte entwickler|entwickler zu)~
(ein paar |einige )?profile (sehen|schicken|zusenden)
`,
  'right-person': `
(sind sie|bist du|waren sie|warst du) (der|die) (richtige|passende|zustandige|richtiger) (ansprechpartner|ansprechpartnerin|person|kontakt)~
(richtige|richtigen|passende|passenden) (ansprechpartner|ansprechpartnerin|person|kontakt)~
wer (ist bei (ihnen|euch|dir)|ist|kummert sich) # (zustandig|verantwortlich)
wer (kummert sich (bei (ihnen|euch) )?um|entscheidet (bei (ihnen|euch) )?uber|verantwortet)~
an wen (konnte|sollte|kann|darf) ich mich~
entscheider~
`,
  'soft-ask': `
(ware|waere) (ein|das|es) [a-z ]{0,25}(sinnvoll|interessant|relevant)~
(macht|machte) (das|es) sinn~
sinn macht
(interesse|interessiert)\\?
(offen|bereit) fur (ein|einen|eine) (gesprach|austausch|call|telefonat)~
(darf|kann|soll) ich (ihnen|dir|euch) (gern |gerne |mal |kurz )?(eine|ein|die|mehr|ein paar|unsere|weitere)~
soll ich (ihnen|dir|euch)~
mochten sie (ein paar|mehr|weitere|einen blick)~
(sag|sagen sie|geben sie|gib) (bescheid|gern bescheid|mir bescheid)~
ob es (passt|sinn macht|fur sie|fur dich|fur euch)~
(lust|zeit) auf (einen|ein) (kurzen |kurzes )?(austausch|gesprach)~
`,
  'purchase-push': `
(jetzt|heute) (kaufen|bestellen|buchen|sichern|anmelden|registrieren|starten)~
nur (noch )?(diese woche|diesen monat|heute|bis freitag)
bis (freitag|montag|ende des monats|monatsende)
begrenzte (platze|zeit|anzahl)|zeitlich begrenzt~
jahresplan~|jahresabo~|jahreslizenz~
enterprise-tarif~|sonderangebot~|exklusives angebot
`,
  'pain-hook': `
(macht|machen) (ihr|sie) (die |eure |ihre )?[a-z ]{1,30}(noch|immer noch) (manuell|per hand|in excel|von hand)~
(noch|immer noch) (manuell|per hand|in excel|von hand)
das geht (einfacher|besser)
stellen sie sich vor|stell dir vor
leid,? (dass|immer)~
`,
  warm: `
danke (fur|furs|fuer) (die vernetzung|das vernetzen|deinen|ihren|die annahme|das teilen|unser|das gesprach|den austausch|das telefonat|die zeit|den tollen|den vortrag)~
danke fur~
(schon|freut mich|freue mich),? (sie|dich|euch)? ?(kennengelernt|kennenzulernen|zu sehen|getroffen)~
(hat mir|haben mir) (sehr )?gefallen
(ihr|dein|der) (beitrag|artikel|post|vortrag|kommentar)~
(unser|das) (gesprach|telefonat|meeting|call) (gestern|letzte woche|von gestern|heute morgen)~
die demo, die (du|sie)|die demo die (du|sie)
(herzlichen )?gluckwunsch~|gratuliere|gratulation
firmenjubilaum
wie (versprochen|besprochen|vereinbart)
(einen|ein paar) tipps?~
aus neugier
entschieden\\?
(wir haben|haben wir) (vor jahren |damals )?zusammen~|wir sasen~|wir waren beide~
soll ich euch (vorstellen|bekannt machen)
`,
  'no-pitch': `
(kein|keine) (verkauf|sponsoren|pitch|agenda|eile|hintergedanken|verkaufsgesprach)~
ohne (hintergedanken|eile|agenda)
fur meine (masterarbeit|bachelorarbeit|thesis|abschlussarbeit|recherche)
`,
};
