// German phrases (folded: ä→a, ö→o, ü→u, ß→s; "ae/oe/ue" spellings covered where common).
// German sales copy borrows English words (Demo, Call, Meeting, Pricing), so those appear here too.
import type { Lexicon } from '../compile.js';

const MEET = '(gesprach|telefonat|call|austausch|termin|meeting|videocall|video-call|teams-call|zoom|kennenlernen|kennenlerngesprach|kennenlern-call|erstgesprach|telko)';
const OBJ = '(unternehmen|firmen|teams|marken|startups|mittelstandler|kmu|agenturen|kanzleien|hersteller|handler|shops|onlineshops|saas~|b2b~|vertriebsteams|hr-teams|organisationen|fuhrungskrafte|betriebe|fertigungsbetriebe|kunden wie)';

export const de: Lexicon = {
  'meeting-ask': `
\\d+[ -]?(min~|minutig~) (gesprach|telefonat|call|austausch|termin|meeting|demo)~
(einen|ein) (kurzen|kurzes|schnellen|schnelles|kleinen|unverbindlichen|unverbindliches) (\\d+[ -]?minutig~ )?${MEET}~
(lust|zeit) auf (einen|ein) (kurzen |kurzes )?${MEET}~
`,
  'demo-offer': `
(eine|die) (kurze |schnelle |kostenlose |personliche |live-|\\d+[ -]?minutige )?(demo|produktdemo|vorfuhrung) (unserer|unseres|unseren|von unserer|von unserem|zeigen|vereinbaren|buchen|ansehen)~
`,
  'product-offer': `
(unsere|unser|unseren|unserem|meine|mein) ([a-z\\-]+ )?(plattform|losung|tool|software|app|produkt|dienstleistung|dienstleistungen|service|angebot|crm|system|api|ki-tool)~
wir haben (eine|ein|einen) [a-z\\-]+ (entwickelt|gebaut)
`,
  'we-help': `
(wir helfen|ich helfe|wir unterstutzen|ich unterstutze|wir begleiten|wir arbeiten mit) ([a-z\\-]+ )?${OBJ}
`,
  pricing: `
\\d+ ?% (rabatt|nachlass|gunstiger)
`,
  'trial-offer': `
(kostenlos|kostenfrei|gratis|unverbindlich)~ (testen|test|testphase|audit|analyse|beratung|check|demo|pilot|probe|workshop)~
(\\d+ tage) (kostenlos|gratis|testen|test)~
`,
  'case-study': `
(wir haben|haben wir) [a-z0-9\\-]+~ (geholfen|dabei geholfen)~
(halbiert|verdoppelt|verdreifacht|gesenkt|gesteigert|reduziert|erhoht|verbessert)~
um (\\d+|bis zu \\d+) ?% (gesenkt|gesteigert|reduziert|erhoht|verbessert|senken|steigern|reduzieren|erhohen)~
`,
  'agency-offer': `
outsourc~|auslager~
([a-z\\-]+-)?agentur~
(verstarkung|entwicklerkapazitat|entwickler aus|dedizierte entwickler|entwickler zu)~
`,
  'right-person': `
(richtige|richtigen|passende|passenden) (ansprechpartner|ansprechpartnerin|person|kontakt)~
wer (ist bei (ihnen|euch|dir)|ist|kummert sich) # (zustandig|verantwortlich)
`,
  'soft-ask': `
sinn macht
(interesse|interessiert)\\?
`,
  'purchase-push': `
`,
  'pain-hook': `
`,
  warm: `
aus neugier
`,
  'no-pitch': `
ohne (hintergedanken|eile|agenda)
`,
  offer: `
(wir sind|ich bin|sind wir) (eine|ein) # (beratung|kanzlei|firma|unternehmen|studio|startup|partner|dienstleister|anbieter|plattform|hersteller|integrator|netzwerk|team|boutique|personalberatung|headhunter|vermittler|makler|systemhaus)~
wir (helfen|vermitteln|liefern|bieten|bauen|entwickeln|beraten|betreuen|realisieren|ubernehmen|setzen|optimieren|automatisieren|installieren|rekrutieren|finden|besetzen|machen|produzieren|fertigen|vertreiben|unterstutzen|begleiten|kummern|sorgen|integrieren|migrieren|modernisieren|digitalisieren|schulen|erstellen|gestalten|verkaufen|planen|reduzieren|senken|steigern|sparen)
(wir haben|haben wir) (\\w+ )?(geholfen|umgesetzt|realisiert|besetzt|vermittelt|entwickelt|gebaut|reduziert|gesenkt|begleitet|eingefuhrt|modernisiert)
(ich leite|ich fuhre|ich habe gegrundet|ich bin grunder~|ich bin geschaftsfuhrer~|ich bin partner~|ich arbeite bei|ich bin bei|ich vertrete)
(unser|unsere|unserem|unseren|unserer|mein|meine) (team|firma|kanzlei|agentur|beratung|netzwerk|ansatz|kunden|angebot|programm|studio|unternehmen|expertise|partner|methode|leistung~)
(ich wurde|gern wurde ich|gerne wurde ich) # (vorstellen|zeigen|prasentieren)~
(ihnen|dir|euch) (gern |gerne )?(vorstellen|zeigen|prasentieren)
`,
  results: `
\\d+([.,]\\d+)? ?(%|prozent|x)
(in|innerhalb von|innerhalb|unter) (\\d+|einer|zwei|drei|vier|funf|sechs|wenigen) (tagen|wochen|monaten|stunden)
halbiert|verdoppelt|verdreifacht|um die halfte
(unternehmen|firmen|betriebe|kunden|teams) (wie|ahnlich)~|ihrer grose|vergleichbar~
amortis~|roi
`,
  free: `
kostenlos~|kostenfrei~|gratis|unverbindlich~|ohne kosten|geschenkt|auf unsere kosten|ohne risiko
(\\d+|einen|zwei|drei|ersten) (monat|monate|wochen|tage) (kostenlos|gratis|frei)
pilot~|early access|beta~|(\\d+|drei|zwei|wenige|einige) (platze|platz)
`,
  fee: `
festpreis~|pauschal~|honorar~|provision~|gebuhr~|erfolgsbasis|erfolgsbasiert~|stundensatz~|tagessatz~|kostenvoranschlag|angebot|preis~|konditionen
pro (stunde|monat|nutzer|stelle|platzierung|projekt|mitarbeiter|jahr)
`,
  'ask-time': `
(montag|dienstag|mittwoch|donnerstag|freitag)~
(diese|nachste|kommende|nachsten|kommenden) (woche|monat|tagen|wochen)|morgen
\\d{1,2}(:\\d\\d)? ?uhr
(einen|ein|eine) (kurzen |kurzes |kurze |schnellen |unverbindlichen |unverbindliches |personlichen |personliches )?(anruf|gesprach|telefonat|call|austausch|termin|meeting|kaffee|videocall|treffen|mittagessen|slot)~
(hatten|haben|hast|hattest) (sie|du) (\\w+ )?(zeit|ein paar minuten|\\d+ minuten|einen moment)
(darf|kann|konnte|durfte) ich (sie|dich|euch) # (anrufen|treffen|besuchen|einladen|sprechen)~
(wann|welcher tag|welche uhrzeit) (passt|ware|hatten|ginge)~|(passt|passen) (es|ihnen|dir)~
`,
  'ask-next': `
(darf|kann|konnte|durfte|soll|sollte) ich (ihnen|dir|euch)~
(mochten|wollen|mochtest|willst|wurden) (sie|du) # (sehen|erfahren|wissen|testen|ausprobieren|kennenlernen|haben)~
interesse~|interessiert|lohnt sich|(ware|ist) das (etwas|interessant|ein thema|relevant)~
(melden sie sich|melde dich)|(wer|an wen) (ware|kann|konnte|sollte)~
`,
};
