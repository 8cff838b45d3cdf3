// LinkedIn's UI text per display language, and the date/label parsing built on it. LinkedIn
// renders the account's display language, which may differ from the browser's; labels are
// therefore matched against every language, while ambiguous date words ("Di" = Dienstag or
// dimanche) try the page language first.
import { addLocalDays, localMidnight } from '../../core/dates.js';

export const LANGS = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

/** The page's UI language: `<html lang>` (LinkedIn sets it), then the browser, then English. */
export function pageLang(doc: Document = document): Lang {
  const tags = [doc.documentElement.lang, globalThis.navigator?.language];
  for (const tag of tags) {
    const code = tag?.slice(0, 2).toLowerCase();
    if (LANGS.includes(code as Lang)) return code as Lang;
  }
  return 'en';
}

/** Case-, space- and apostrophe-insensitive form used for every comparison. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

// Exact labels, every language, '|'-separated (order: en, de, fr, es, pt, then older variants).
export const LABELS = {
  connect: 'Connect|Vernetzen|Se connecter|Conectar',
  pending: 'Pending|Ausstehend|En attente|Pendiente|Pendente',
  withdraw: 'Withdraw|Zurückziehen|Retirer|Retirar',
  accept: 'Accept|Annehmen|Akzeptieren|Accepter|Aceptar|Aceitar',
  ignore: 'Ignore|Ignorieren|Ignorer|Ignorar',
  message: 'Message|Nachricht|Nachricht senden|Mensaje|Enviar mensaje|Mensagem|Enviar mensagem',
  addNote: 'Add a note|Nachricht hinzufügen|Notiz hinzufügen|Ajouter une note|Añadir una nota|Añadir nota|Adicionar nota|Adicionar uma nota',
  sendWithoutNote: 'Send without a note|Ohne Nachricht senden|Ohne Notiz senden|Envoyer sans note|Enviar sin nota|Enviar sem nota',
  sendInvitation: "Send invitation|Send now|Send|Einladung senden|Jetzt senden|Senden|Envoyer l'invitation|Envoyer maintenant|Envoyer|Enviar invitación|Enviar ahora|Enviar|Enviar convite|Enviar agora",
  cancelNote: "Cancel adding a note|Cancel|Hinzufügen der Nachricht abbrechen|Abbrechen|Annuler l'ajout d'une note|Annuler|Cancelar añadir una nota|Cancelar|Cancelar adição de nota",
  enterToSend: 'Press Enter to send|Zum Senden Eingabetaste drücken|Appuyez sur Entrée pour envoyer|Pulsa Intro para enviar|Pressione Enter para enviar',
} as const;
export type LabelKey = keyof typeof LABELS;

const LABEL_SETS = Object.fromEntries(
  Object.entries(LABELS).map(([k, v]) => [k, new Set(v.split('|').map(norm))]),
) as Record<LabelKey, Set<string>>;

/** Exact label match: "Send" does not match "Send without a note". */
export function isLabel(text: string | null | undefined, key: LabelKey): boolean {
  return LABEL_SETS[key].has(norm(text));
}

/** aria-labels prefix the state: "Pending, click to withdraw invitation sent to Jane". */
export function startsWithLabel(text: string | null | undefined, key: LabelKey): boolean {
  const t = norm(text);
  for (const l of LABEL_SETS[key]) if (t === l || (t.startsWith(l) && /^[\s,.:;–-]/.test(t.slice(l.length)))) return true;
  return false;
}

/** Localised "Invite <name> to connect" aria-labels → the name; also used to spot classic Connect buttons. */
const INVITE_LABEL = [
  /^invite (.+) to connect$/, // en
  /^(.+?) (?:zum vernetzen |als kontakt )?einladen(?:,.*)?$/, // de
  /^inviter (.+?) à (?:rejoindre votre réseau|se connecter)$/, // fr
  /^invitar a (.+?) a (?:conectar|unirse a tu red)$/, // es
  /^convidar (.+?) para (?:se conectar|conectar)$/, // pt
];
export function inviteLabelName(label: string | null | undefined): string | undefined {
  const t = norm(label);
  for (const re of INVITE_LABEL) {
    const m = re.exec(t);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** Top-card section headings (About, Activity, Experience…): the degree scan stops here. */
const SECTION_WORDS = new Set(
  'About|Activity|Experience|Education|Featured|Skills|Highlights|People also viewed|People you may know|Info|Aktivitäten|Berufserfahrung|Ausbildung|Im Fokus|Kenntnisse|Infos|Activité|Expérience|Formation|Sélection|Compétences|Acerca de|Actividad|Experiencia|Educación|Destacado|Aptitudes|Sobre|Atividades|Experiência|Formação acadêmica|Destaques|Competências'
    .split('|')
    .map(norm),
);
export function isSectionHeading(text: string | null | undefined): boolean {
  return SECTION_WORDS.has(norm(text));
}

/**
 * Degree marker → 1 | 2 | 3. "1st", "2nd", "3rd+" (en), "1.", "3.+" (de), "1er", "2e" (fr),
 * "1º", "2.º", "1°" (es/pt). With `bulleted`, only "· 1st" / "• 2." after a bullet count, so
 * "· 1 mutual connection" or "500+ connections" never read as a degree.
 */
export function degreeNumber(text: string, bulleted: boolean): 1 | 2 | 3 | undefined {
  const re = bulleted
    ? /[·•]\s*([123])(?:st|nd|rd|th|er|re|e|ème|\.?º|\.?°|ª|\.(?:er)?)\+?(?![\p{L}\d])/u
    : /^\s*([123])(?:st|nd|rd|th|er|re|e|ème|\.?º|\.?°|ª|\.(?:er)?)?\+?\s*$/u;
  const n = re.exec(text)?.[1];
  return n ? (Number(n) as 1 | 2 | 3) : undefined;
}

// ── Dates ──
interface DatePack {
  months: string[];
  weekdays: string[]; // Sunday first
  today: string[];
  yesterday: string[];
}
const TODAY: Record<Lang, string> = { en: 'today', de: 'heute', fr: "aujourd'hui", es: 'hoy', pt: 'hoje' };
const YESTERDAY: Record<Lang, string> = { en: 'yesterday', de: 'gestern', fr: 'hier', es: 'ayer', pt: 'ontem' };

/** Month and weekday names come from the browser's own locale data (identical to LinkedIn's). */
function datePack(lang: Lang): DatePack {
  const name = (opts: Intl.DateTimeFormatOptions, n: number, at: (i: number) => Date): string[] => {
    const f = new Intl.DateTimeFormat(lang, opts);
    return Array.from({ length: n }, (_, i) => norm(f.format(at(i))));
  };
  return {
    months: name({ month: 'long' }, 12, (i) => new Date(2021, i, 1)),
    weekdays: name({ weekday: 'long' }, 7, (i) => new Date(2021, 0, 3 + i)), // 3 Jan 2021 was a Sunday
    today: [TODAY[lang]],
    yesterday: [YESTERDAY[lang]],
  };
}
const DATES = Object.fromEntries(LANGS.map((l) => [l, datePack(l)])) as Record<Lang, DatePack>;

/** Page language first, then the others. */
function packs(lang?: string): DatePack[] {
  const first = LANGS.find((l) => l === lang?.slice(0, 2).toLowerCase()) ?? 'en';
  return [DATES[first], ...LANGS.filter((l) => l !== first).map((l) => DATES[l])];
}

const words = (t: string): string[] => norm(t).split(/[^\p{L}\d'-]+/u).filter(Boolean);

/** Index in `list` of the one name that `word` abbreviates ("aug", "août", "mär"); -1 if none or ambiguous. */
function nameIndex(word: string, list: string[], minLen: number): number {
  if (word.length < minLen) return -1;
  const hits = list.flatMap((name, i) => (name.startsWith(word) ? [i] : []));
  return hits.length > 0 && hits.every((i) => i === hits[0]) ? (hits[0] as number) : -1;
}

function findName(text: string, pick: (p: DatePack) => string[], lang: string | undefined, minLen: number): number {
  for (const p of packs(lang)) {
    for (const w of words(text)) {
      const i = nameIndex(w, pick(p), minLen);
      if (i >= 0) return i;
    }
  }
  return -1;
}

function hasWord(text: string, pick: (p: DatePack) => string[]): boolean {
  const t = norm(text);
  return LANGS.some((l) => pick(DATES[l]).some((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(t)));
}

/**
 * A calendar date in any language ("March 5, 2026", "12. Juni 2026", "5 mars 2026",
 * "5 de marzo de 2026", "AUG 3") → local midnight. Without a year: this year, or last year if
 * that would be in the future. Null when no month name is found.
 */
export function parseCalendarDate(text: string, now: Date, lang?: string): number | null {
  const month = findName(text, (p) => p.months, lang, 3);
  if (month < 0) return null;
  const nums = (text.match(/\d+/g) ?? []).map(Number);
  const year = nums.find((n) => n >= 1900 && n < 3000);
  const day = nums.find((n) => n >= 1 && n <= 31);
  if (day === undefined) return null;
  let at = new Date(year ?? now.getFullYear(), month, day).getTime();
  if (year === undefined && at > localMidnight(now.getTime())) at = new Date(now.getFullYear() - 1, month, day).getTime();
  return at;
}

/** Thread date heading ("TODAY", "GESTERN", "MONDAY", "AUG 3", "3. AUG.", "3 AOÛT") → local midnight. */
export function parseDayHeading(text: string, now: Date, lang?: string): number | null {
  const today = localMidnight(now.getTime());
  if (hasWord(text, (p) => p.today)) return today;
  if (hasWord(text, (p) => p.yesterday)) return addLocalDays(today, -1);
  if (/\d/.test(text)) return parseCalendarDate(text, now, lang);
  const wd = findName(text, (p) => p.weekdays, lang, 2);
  if (wd < 0) return null;
  // A weekday heading names one of the last seven days (today has its own heading).
  const back = (now.getDay() - wd + 7) % 7 || 7;
  return addLocalDays(today, -back);
}

/** "2:38 AM", "14:38", "2.38 p. m.", "14 h 38" → minutes after midnight. */
export function parseClock(text: string): number | null {
  const m = /(\d{1,2})\s*[:.h]\s*(\d{2})(?:\s*([ap])\.?\s*m\b\.?)?/i.exec(norm(text));
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[3]) h = (h % 12) + (m[3] === 'p' ? 12 : 0);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export type Precision = 'day' | 'week' | 'month' | 'year';
const UNITS: [RegExp, Precision][] = [
  [/^(days?|tage?n?|jours?|días?|dias?)$/, 'day'],
  [/^(weeks?|wochen?|semaines?|semanas?)$/, 'week'],
  [/^(months?|monate?n?|mois|mes|meses|mês)$/, 'month'],
  [/^(years?|jahre?n?|ans?|années?|años?|anos?)$/, 'year'],
];
const ONE = new Set(['a', 'an', 'one', 'einem', 'einer', 'einen', 'ein', 'un', 'une', 'uno', 'una', 'um', 'uma']);

/**
 * "Connected 2 weeks ago" / "Vor 3 Monaten vernetzt" / "il y a 2 semaines" / "hace 1 año" /
 * "há 5 dias" / today / yesterday, or an absolute "Connected on March 5, 2026" → local midnight
 * of the connection day and how precise that is.
 */
export function parseConnectedText(text: string, now: Date, lang?: string): { at: number; precision: Precision } | null {
  const today = localMidnight(now.getTime());
  if (hasWord(text, (p) => p.today)) return { at: today, precision: 'day' };
  if (hasWord(text, (p) => p.yesterday)) return { at: addLocalDays(today, -1), precision: 'day' };
  const ws = words(text);
  for (let i = 1; i < ws.length; i++) {
    const unit = UNITS.find(([re]) => re.test(ws[i] as string))?.[1];
    const q = ws[i - 1] as string;
    const n = /^\d+$/.test(q) ? Number(q) : ONE.has(q) ? 1 : NaN;
    if (!unit || Number.isNaN(n)) continue;
    const d = new Date(today);
    if (unit === 'day') d.setDate(d.getDate() - n);
    else if (unit === 'week') d.setDate(d.getDate() - 7 * n);
    else if (unit === 'month') d.setMonth(d.getMonth() - n);
    else d.setFullYear(d.getFullYear() - n);
    return { at: d.getTime(), precision: unit };
  }
  const at = parseCalendarDate(text, now, lang);
  return at === null ? null : { at, precision: 'day' };
}

/** Visible text of an element: `<br>` and block children become line breaks; no HTML. */
export function textOf(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'BR') out += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        else {
          const block = /^(P|DIV|LI|H\d)$/.test(tag);
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(c);
          if (block && !out.endsWith('\n')) out += '\n';
        }
      }
    }
  };
  walk(el);
  return out.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** One-line visible text (names, labels). */
export function lineOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
