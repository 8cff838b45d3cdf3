// Message text as a reader sees it: exports hold HTML in some CONTENT cells.
import { analyzeDraft } from '../pitch/index.js';
import type { PitchClassifier } from './types.js';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** HTML (when present) → plain text with line breaks kept; plain text passes through. */
export function plainText(content: string): string {
  if (!/[<&]/.test(content)) return content;
  return content
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .trim();
}

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
