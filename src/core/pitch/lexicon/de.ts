// German phrases (folded: ä→a, ö→o, ü→u, ß→s; "ae/oe/ue" spellings covered where common).
// German sales copy borrows English words (Demo, Call, Meeting, Pricing), so those appear here too.
import type { Lexicon } from '../compile.js';

const MEET = '(gesprach|telefonat|call|austausch|termin|meeting|videocall|video-call|teams-call|zoom|kennenlernen|kennenlerngesprach|kennenlern-call|erstgesprach|telko)';
const OBJ = '(unternehmen|firmen|teams|marken|startups|mittelstandler|kmu|agenturen|kanzleien|hersteller|handler|shops|onlineshops|saas~|b2b~|vertriebsteams|hr-teams|organisationen|fuhrungskrafte|betriebe|fertigungsbetriebe|kunden wie)';

export const de: Lexicon = {
  'meeting-ask': `
\\d+[ -]?(min~|minutig~) (gesprach|telefonat|call|austausch|termin|meeting|demo)~
(einen|ein) (kurzen|kurzes|schnellen|schnelles|kleinen|unverbindlichen|unverbindliches) (\\d+[ -]?minutig~ )?${MEET}~
(kurzes|kurzer|kurzen) (gesprach|telefonat|call|austausch|termin|meeting)~
(termin|gesprach|call|telefonat|meeting) (vereinbaren|ausmachen|buchen|finden|einplanen|machen)
(lust|zeit) auf (einen|ein) (kurzen |kurzes )?${MEET}~
(finden|finde) wir (nachste woche |diese woche )?\\d+ min~
(termin|slot) (buchen|wahlen|aussuchen)
`,
  'demo-offer': `
(eine|die) (kurze |schnelle |kostenlose |personliche |live-|\\d+[ -]?minutige )?(demo|produktdemo|vorfuhrung) (unserer|unseres|unseren|von unserer|von unserem|zeigen|vereinbaren|buchen|ansehen)~
(kurze|kostenlose|personliche|individuelle|unverbindliche) (demo|produktdemo|vorfuhrung)
(ihnen|dir|euch) (gern |gerne )?zeigen, wie~
demo (buchen|vereinbaren|anfragen)
`,
  'product-offer': `
(unsere|unser|unseren|unserem|meine|mein) ([a-z\\-]+ )?(plattform|losung|tool|software|app|produkt|dienstleistung|dienstleistungen|service|angebot|crm|system|api|ki-tool)~
wir haben (eine|ein|einen) [a-z\\-]+ (entwickelt|gebaut)
(wir bieten|bieten wir|wir liefern|wir verkaufen|wir sind spezialisiert|wir vertreiben)~
(der grund|anlass) (meiner|fur meine) nachricht
deshalb schreibe ich~
bei [a-z]+ (haben|helfen|bieten|unterstutzen) wir~
`,
  'we-help': `
(wir helfen|ich helfe|wir unterstutzen|ich unterstutze|wir begleiten|wir arbeiten mit) ([a-z\\-]+ )?${OBJ}
(unternehmen|firmen|teams|betriebe) wie (ihres|ihrem|ihr|deines|deinem|euer|eures|ihres)
`,
  pricing: `
(unsere|die) (preise|konditionen|stundensatze|tagessatze|tarife|preisliste)
\\d+ ?% (rabatt|nachlass|gunstiger)
pro (monat|nutzer|user|lizenz|jahr|seat)
(schicke|sende) (ich )?(ihnen|dir|euch) (gern |gerne )?(die |unsere |ein )?(preise|konditionen|angebot|stundensatze|tagessatze)~
(ein|unser) angebot
(deutlich )?(geringeren|niedrigeren) kosten|halfte der kosten
`,
  'trial-offer': `
(kostenlos|kostenfrei|gratis|unverbindlich)~ (testen|test|testphase|audit|analyse|beratung|check|sicherheitscheck|erstgesprach|demo|pilot|probe|workshop)~
(\\d+ tage) (kostenlos|gratis|testen|test)~
ohne kreditkarte
`,
  'case-study': `
(fallstudie|case study|referenzprojekt|erfolgsgeschichte|kundenbeispiel|success story)~
(wir haben|haben wir) [a-z0-9\\-]+~ (geholfen|dabei geholfen)~
(halbiert|verdoppelt|verdreifacht|gesenkt|gesteigert|reduziert|erhoht|verbessert)~
um (\\d+|bis zu \\d+) ?% (gesenkt|gesteigert|reduziert|erhoht|verbessert|senken|steigern|reduzieren|erhohen)~
(kunden|firmen|unternehmen) wie [a-z]+
`,
  'agency-offer': `
outsourc~|auslager~
([a-z\\-]+-)?agentur~
(kalender|pipeline) mit (qualifizierten )?(terminen|leads)~
(verstarkung|entwicklerkapazitat|entwickler aus|dedizierte entwickler|entwickler zu)~
(ein paar |einige )?profile (sehen|schicken|zusenden)
`,
  'right-person': `
(richtige|richtigen|passende|passenden) (ansprechpartner|ansprechpartnerin|person|kontakt)~
wer (ist bei (ihnen|euch|dir)|ist|kummert sich) # (zustandig|verantwortlich)
an wen (konnte|sollte|kann|darf) ich mich~
`,
  'soft-ask': `
sinn macht
(interesse|interessiert)\\?
(offen|bereit) fur (ein|einen|eine) (gesprach|austausch|call|telefonat)~
(darf|kann|soll) ich (ihnen|dir|euch) (gern |gerne |mal |kurz )?(eine|ein|die|mehr|ein paar|unsere|weitere)~
soll ich (ihnen|dir|euch)~
(sag|sagen sie|geben sie|gib) (bescheid|gern bescheid|mir bescheid)~
ob es (passt|sinn macht|fur sie|fur dich|fur euch)~
`,
  'purchase-push': `
nur (noch )?(diese woche|diesen monat|heute|bis freitag)
jahresplan~|jahresabo~|jahreslizenz~
enterprise-tarif~|sonderangebot~|exklusives angebot
`,
  'pain-hook': `
(noch|immer noch) (manuell|per hand|in excel|von hand)
das geht (einfacher|besser)
`,
  warm: `
danke (fur|furs|fuer) (die vernetzung|das vernetzen|deinen|ihren|die annahme|das teilen|unser|das gesprach|den austausch|das telefonat|die zeit|den tollen|den vortrag)~
danke fur~
(hat mir|haben mir) (sehr )?gefallen
(ihr|dein|der) (beitrag|artikel|post|vortrag|kommentar)~
(unser|das) (gesprach|telefonat|meeting|call) (gestern|letzte woche|von gestern|heute morgen)~
(herzlichen )?gluckwunsch~|gratuliere|gratulation
aus neugier
(wir haben|haben wir) (vor jahren |damals )?zusammen~|wir sasen~|wir waren beide~
soll ich euch (vorstellen|bekannt machen)
`,
  'no-pitch': `
ohne (hintergedanken|eile|agenda)
`,
};
