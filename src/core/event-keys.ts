// Dedupe keys: the same fact seen twice (on the page and in an import) must get the same key.
// Keys never include the contact: the store scopes them per contact, so merges re-key cleanly.
import { plainText } from './plain-text.js';

/** FNV-1a 32-bit, hex. Deterministic across contexts; not a security hash. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Page text and export text differ in markup, whitespace and case; compare what a reader sees. */
export function normalizeMessageText(text: string): string {
  return plainText(text).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 1000);
}

/** UTC calendar day: page times (local clock) and export times (UTC) agree on the instant. */
function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function messageKey(direction: 'sent' | 'received', text: string, at: number): string {
  return `m:${direction === 'sent' ? 'out' : 'in'}:${utcDay(at)}:${hashText(normalizeMessageText(text))}`;
}

/** One connected fact per source; summarize picks the most precise. */
export function connectedKey(source: 'observed' | 'imported' | 'manual' | 'list'): string {
  return `c:${source}`;
}

/** One pending invitation per direction at a time. */
export function invitedKey(direction: 'sent' | 'received'): string {
  return direction === 'sent' ? 'i:out' : 'i:in';
}

export function engagedKey(at: number, what: string): string {
  return `e:${utcDay(at)}:${hashText(what)}`;
}
