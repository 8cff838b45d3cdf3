// The card's words, per page language (LinkedIn sets <html lang>). Small on purpose: English
// and German; other languages fall back to English. Rule labels come from the engine.
import { formatLocalDay } from '../../core/dates.js';
import type { Level, ReasonCode } from '../../core/types.js';

export interface Strings {
  level: Record<Level, string>;
  reason: Partial<Record<ReasonCode, string>>;
  readyOn(day: string): string;
  notConnected: string;
  pending: string;
  connected(days: number | undefined): string;
  noReply: string;
  replies(n: number): string;
  phrases: string;
  hold(day: string): string;
  held(day: string): string;
  allow: string;
  allowed: string;
  mute: string;
  muteLabel(label: string): string;
  muted: string;
  failed: string;
  card: string;
  confirmTitle: string;
  send: string;
  remove: string;
  holdLater: string;
  day(ms: number): string;
}

const en: Strings = {
  level: { ok: 'Looks fine', caution: 'Careful', 'too-early': 'Too early to pitch' },
  reason: {
    'not-connected-note': 'Keep the pitch out of the invitation. Connect first, then build the relationship.',
    'too-new': 'You connected recently. Thank them and engage first.',
    'warm-up-first': 'No reply yet. Start a conversation before you pitch.',
    'unknown-relationship': "We don't know when you connected. Import Connections.csv, or warm up first.",
    'cold-pitch': "You're not connected. Lead with something useful, not the offer.",
  },
  readyOn: (day) => `Fine to pitch from ${day}.`,
  notConnected: 'Not connected',
  pending: 'Invitation pending',
  connected: (d) => (d === undefined ? 'Connected · date unknown' : d === 0 ? 'Connected today' : d === 1 ? 'Connected yesterday' : `Connected ${d} days ago`),
  noReply: 'no reply yet',
  replies: (n) => (n === 1 ? '1 reply' : `${n} replies`),
  phrases: 'Reads as a pitch',
  hold: (day) => `Hold the pitch until ${day}`,
  held: (day) => `Held until ${day}. Your draft is untouched.`,
  allow: 'I know this person',
  allowed: 'Noted: you know this person.',
  mute: 'Mute this rule',
  muteLabel: (label) => `Mute this rule: ${label}`,
  muted: 'Rule muted.',
  failed: 'That did not work. Try again.',
  card: 'Gatekeeper',
  confirmTitle: 'Send this pitch now?',
  send: 'Send anyway',
  remove: 'Remove the pitch',
  holdLater: 'Hold the pitch for later',
  day: formatLocalDay,
};

const de: Strings = {
  level: { ok: 'Passt', caution: 'Vorsicht', 'too-early': 'Zu früh für ein Angebot' },
  reason: {
    'not-connected-note': 'Lass das Angebot aus der Einladung. Erst vernetzen, dann die Beziehung aufbauen.',
    'too-new': 'Ihr seid erst kurz vernetzt. Bedanke dich und tausche dich zuerst aus.',
    'warm-up-first': 'Noch keine Antwort. Beginne ein Gespräch, bevor du etwas anbietest.',
    'unknown-relationship': 'Wir wissen nicht, seit wann ihr vernetzt seid. Importiere Connections.csv oder wärme zuerst auf.',
    'cold-pitch': 'Ihr seid nicht vernetzt. Biete zuerst etwas Nützliches an, nicht das Produkt.',
  },
  readyOn: (day) => `Ein Angebot passt ab ${day}.`,
  notConnected: 'Nicht vernetzt',
  pending: 'Einladung ausstehend',
  connected: (d) => (d === undefined ? 'Vernetzt · Datum unbekannt' : d === 0 ? 'Heute vernetzt' : d === 1 ? 'Gestern vernetzt' : `Vor ${d} Tagen vernetzt`),
  noReply: 'noch keine Antwort',
  replies: (n) => (n === 1 ? '1 Antwort' : `${n} Antworten`),
  phrases: 'Klingt nach Angebot',
  hold: (day) => `Angebot bis ${day} zurückhalten`,
  held: (day) => `Zurückgehalten bis ${day}. Dein Entwurf bleibt unverändert.`,
  allow: 'Ich kenne diese Person',
  allowed: 'Notiert: du kennst diese Person.',
  mute: 'Regel stummschalten',
  muteLabel: (label) => `Regel stummschalten: ${label}`,
  muted: 'Regel stummgeschaltet.',
  failed: 'Das hat nicht geklappt. Bitte erneut versuchen.',
  card: 'Gatekeeper',
  confirmTitle: 'Dieses Angebot jetzt senden?',
  send: 'Trotzdem senden',
  remove: 'Angebot entfernen',
  holdLater: 'Angebot für später zurückhalten',
  day: (ms) => new Date(ms).toLocaleDateString('de', { weekday: 'short', day: 'numeric', month: 'short' }),
};

/** The card follows LinkedIn's display language (see linkedin/strings.ts pageLang). */
export function strings(lang: string): Strings {
  return lang === 'de' ? de : en;
}
