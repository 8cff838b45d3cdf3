// German phrases (folded: ä→a, ö→o, ü→u, ß→s; "ae/oe/ue" spellings covered where common).
// German sales copy borrows English words (Demo, Call, Meeting, Pricing), so those appear here too.
import type { Lexicon } from '../compile.js';

const MEET = '(gesprach|telefonat|call|austausch|termin|meeting|videocall|zoom|kennenlernen|erstgesprach)';
const OBJ = '(unternehmen|firmen|teams|marken|startups|mittelstandler|kmu|agenturen|kanzleien|hersteller|handler|shops|saas~|b2b~|organisationen|betriebe|kunden wie)';

export const de: Lexicon = {
  'meeting-ask': `
\\d+[ -]?(min~|minutig~) (gesprach|telefonat|call|austausch|termin|meeting|demo)~
(einen|ein) (kurzen|kurzes|schnellen|kleinen|unverbindlichen|unverbindliches) ${MEET}~
(lust|zeit) auf (einen|ein) (kurzen |kurzes )?${MEET}~
`,
  'demo-offer': `
(zeige|erzahle) (ich )?(ihnen|dir|euch)|(ihnen|dir|euch) (gern|gerne) (zeigen|erzahlen)
`,
  'product-offer': `
(unser|mein)(e|en|em)? ([a-z\\-]+ )?(plattform|losung|tool|software|app|produkt|dienstleistung(en)?|service|angebot|crm|system|api|ki-tool)~
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
(halbiert|verdoppelt|verdreifacht|gesenkt|gesteigert|reduziert|erhoht|verbessert)~
um (\\d+|bis zu \\d+) ?% (gesenkt|gesteigert|reduziert|erhoht|verbessert|senken|steigern|reduzieren|erhohen)~
`,
  'agency-offer': `
outsourc~|auslager~
([a-z\\-]+-)?agentur~
`,
  'right-person': `
(richtige|richtigen|passende|passenden) (ansprechpartner|ansprechpartnerin|person|kontakt)~
wem (kann|darf|durfte|konnte|sollte) ich|wer kummert sich
`,
  'soft-ask': `
sinn macht
(interesse|interessiert)\\?
`,
  'purchase-push': `
(sichern sie sich|sichere dir|sichert euch) # (platz|platze|rabatt|angebot|ticket~|zugang|lizenz~|vorteil~|preis|sonderpreis|fruhbucher~|exemplar)~
(nur noch|letzte|die letzten) (\\d+ |wenige |drei |zwei |funf )?(freie |freien )?(platze|lizenzen|tickets|exemplare|restplatze)
(angebot|aktion|rabatt|sonderpreis) (gilt )?nur (noch )?(bis|heute|diese woche|fur kurze zeit)|solange der vorrat reicht
`,
  'pain-hook': `
was wa(e)?re,? wenn (sie|du|ihr|ihr team|dein team|euer team|ihre|deine)
wie viel(e)? (zeit|geld|stunden|kunden|leads) (verlieren|verliert|verschwenden|verschwendet|verlierst|verschwendest)~
`,
  warm: `
aus neugier|gluckwunsch~|gratulier~
(ihr|dein|ihren|deinen) (beitrag|post|vortrag|artikel|interview|podcast|buch)
wie (besprochen|versprochen|vereinbart)|danke (fur (das|unser|ihre|deine|die|den)|nochmal)|wiedergesehen
(zur|die|der|dem|unser~) (demo|termin|telefonat|gesprach|besuch) (am|vom|von|gestern)|die (du|sie) # gezeigt (hast|haben)
`,
  answer: `
(du|sie) (hattest|hatten|hast|haben) (mich |uns )?(gefragt|wissen wollen)|(deine|ihre|eure) (frage|anfrage)
(auf|zu) (deine|ihre|eure) frage|wie (gewunscht|erbeten)|(du|sie) wolltest(en)? wissen
`,
  customer: `
(wir sind|ich bin) # kunde~|kunde~ (von|bei) (ihnen|dir|euch)|ihr~ (kunde|kundin)
support-?(anfrage|ticket)|ticket-?(nummer|nr)
`,
  'no-pitch': `
ohne (hintergedanken|eile|agenda|verkaufsabsicht)|kein (verkauf|pitch)|keine sponsoren
(suche|ich suche) # (stelle|job|position)|(ihren|deinen|einen) (rat|tipp)|abschlussarbeit|masterarbeit
(soll|darf) ich (euch|sie beide) (verbinden|vernetzen)
`,
  offer: `
wir (helfen|vermitteln|liefern|bieten|bauen|entwickeln|beraten|betreuen|ubernehmen|besetzen|fertigen|vertreiben|unterstutzen|begleiten|schulen|(realis|optim|automatis|install|rekrut|produz|integr|migr|modernis|digitalis)ieren|erstellen|gestalten|verkaufen|reduzieren|senken|steigern|sparen)
(wir haben|haben wir) (\\w+ )?(geholfen|umgesetzt|realisiert|besetzt|vermittelt|entwickelt|gebaut|reduziert|gesenkt|begleitet|eingefuhrt|modernisiert)
unser(e|em|en|er)? (team|firma|kanzlei|agentur|beratung|netzwerk|ansatz|kunden|angebot|programm|studio|unternehmen|expertise|partner|methode|leistung~)
`,
  results: `
\\d+([.,]\\d+)? ?(%|prozent|x)
(in|innerhalb von|innerhalb|unter) (\\d+|einer|zwei|drei|vier|funf|sechs|wenigen) (tagen|wochen|monaten|stunden)
halbiert|verdoppelt|verdreifacht|um die halfte
`,
  free: `
kostenlos~|kostenfrei~|gratis|unverbindlich~|ohne (kosten|risiko)|geschenkt|auf unsere kosten
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
`,
  'ask-next': `
(darf|kann|konnte|durfte|soll|sollte) ich (ihnen|dir|euch)~
interesse~|interessiert|lohnt sich|(ware|ist) das (etwas|interessant|ein thema|relevant)~
(melden sie sich|melde dich)|(wer|an wen) (ware|kann|konnte|sollte)~
lust auf|wollen wir (mal )?(sprechen|telefonieren|reden)
`,
};
