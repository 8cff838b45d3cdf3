// UI text: every string a page shows comes from _locales through t(). The browser picks the
// user's language and falls back to the default locale (English) itself. Contexts without an
// extension API (DOM tests) install a fallback catalogue; it is not bundled, to keep the
// popup's first render fast.
import type en from '../../public/_locales/en/messages.json';
import { getMessage } from '../platform/native.js';

export type MessageKey = keyof typeof en;
type Catalog = Readonly<Record<string, { message: string } | undefined>>;

/** Keys that come in plural forms: `<base>_one`, `<base>_other` (and `_few`, `_many`… per language). */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

let fallback: Catalog = {};

/** Where browser.i18n is absent (tests): answer from this catalogue instead. */
export function setFallbackCatalog(catalog: Catalog): void {
  fallback = catalog;
}

/** Chrome's and Firefox's positional substitution: $1…$9, and $$ for a literal dollar. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)|\$\$/g, (_, n: string | undefined) => (n === undefined ? '$' : (subs[Number(n) - 1] ?? '')));
}

function lookup(key: string, subs: readonly string[]): string | undefined {
  const native = getMessage(key, [...subs]);
  if (native) return native;
  const message = fallback[key]?.message;
  return message === undefined ? undefined : substitute(message, subs);
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  return lookup(key, s) ?? key;
}

/** BCP 47 tag of the browser's UI language ("en-US"); the pages format dates and numbers with it. */
export function uiLocale(): string {
  const tag = getMessage('@@ui_locale').replace(/_/g, '-');
  return tag || (typeof navigator === 'undefined' ? 'en' : navigator.language) || 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** A count in words: picks the plural form the UI language needs, `_other` when a form is missing. */
export function tn(base: PluralBase, n: number): string {
  const locale = uiLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(n);
  const subs = [n.toLocaleString(uiLocale())];
  return lookup(`${base}_${category}`, subs) ?? lookup(`${base}_other`, subs) ?? base;
}

/** Sets <html lang/dir> from the UI language, so screen readers pronounce the text right. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
  const dir = getMessage('@@bidi_dir');
  if (dir === 'rtl' || dir === 'ltr') doc.documentElement.dir = dir;
}
