// Openers and pitch flags of exported message text (CONTENT cells may hold HTML: plain-text.ts).
import { analyzeDraft } from '../pitch/index.js';
import { plainText } from '../plain-text.js';
import type { PitchClassifier } from './types.js';

const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'greetings', 'hola', 'bonjour', 'salut', 'hallo', 'olá', 'ola', 'oi']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The first words of a pitch for grouping "openers": lowercased, without punctuation, the
 * greeting and the recipient's name, so "Hi Ana, we help…" and "Hello Bo, we help…" group.
 */
export function openerOf(text: string, recipientName = '', count = 4): string {
  const name = new Set(words(recipientName));
  const all = words(plainText(text)).filter((w) => !name.has(w));
  while (all.length > 0 && GREETINGS.has(all[0]!)) all.shift();
  return all.slice(0, count).join(' ');
}

export const defaultIsPitch: PitchClassifier = (text, kind) =>
  text.trim() !== '' && analyzeDraft(plainText(text), { kind }).pitch;
