// Turns lexicons (rule → phrase patterns) into the regexes one language needs, built once at load.
// Two kinds, so a call does one pass and never re-tests a hit to learn its rule:
// - `scan` finds hits: every pattern in one global regex, factored on leading characters so the
//   engine dispatches on a character instead of trying hundreds of branches per word;
// - a small sticky "namer" per leading character, with a capture group per run of same-rule
//   alternatives, runs only where `scan` hit and says which rule matched there, and how far.
import type { LexiconKey } from './rules.js';

/** Phrase patterns per rule, one per line, written for folded (lowercase, accent-free) text.
 *  Shorthand (keeps the bundle small and the lists readable): '(' is a non-capturing group,
 *  ' ' one or more whitespace/dash, ' ?' optional separator, ' # ' up to three words in between,
 *  '~' rest of the word. Every pattern ends at a word end (added automatically). */
export type Lexicon = Partial<Record<LexiconKey, string>>;

import { hydrate, type CompiledLexicon, type CompiledSource, type NamerSource } from './hydrate.js';

const WORD_END = '(?!\\w)';
const GAP = '(?:[\\s-]+[^\\s.!?]+){0,3}[\\s-]+';

/** Macros → regex source, one entry per top-level alternative. */
function expandMacros(p: string): string[] {
  let src = '';
  let inClass = false;
  const gapped = p.replace(/ # /g, '\u0001');
  for (let i = 0; i < gapped.length; i++) {
    const c = gapped.charAt(i);
    if (c === '\\') {
      src += c + gapped.charAt(++i);
      continue;
    }
    if (c === '(' && !inClass && gapped.charAt(i + 1) !== '?') {
      src += '(?:';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c === ' ' && !inClass && gapped.charAt(i + 1) === '?') {
      src += '[\\s-]*'; // "a ?b": optional separator
      i++;
    } else if (c === ' ') src += inClass ? '\\s' : '[\\s-]+';
    else if (c === '~' && !inClass) src += '[a-z]*';
    else if (c === '\u0001') src += GAP;
    else src += c;
  }
  // "x+" followed by "[a-z]*" backtracks quadratically inside long words: keep the "+" only.
  src = src.replace(/\]\+\[a-z\]\*/g, ']+');
  return splitTop(src);
}

/** Index of the ')' closing the group opened at `open`. */
function closeOf(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Split the top-level alternatives of a group body. */
function splitTop(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(last, i));
      last = i + 1;
    }
  }
  out.push(body.slice(last));
  return out;
}

/** "(?:ab|ac|d)e" → ["a(?:b|c)e", "de"]: every alternative starts with a literal character we
 *  can factor on, and the tail is copied once per distinct first character, not per alternative. */
function expandLeading(p: string): string[] {
  if (!p.startsWith('(?:')) return [p];
  const end = closeOf(p, 0);
  const next = p[end + 1];
  if (end < 0 || next === '?' || next === '*' || next === '+' || next === '{') return [p];
  const rest = p.slice(end + 1);
  const byFirst = new Map<string, string[]>();
  const out: string[] = [];
  for (const alt of splitTop(p.slice(3, end))) {
    if (alt.length > 1 && isLiteral(alt, 0)) {
      const c = alt.charAt(0);
      byFirst.set(c, [...(byFirst.get(c) ?? []), alt.slice(1)]);
    } else out.push(...expandLeading(alt + rest));
  }
  for (const [c, tails] of byFirst) out.push(c + (tails.length === 1 ? tails[0] : '(?:' + tails.join('|') + ')') + rest);
  return out;
}

const isLiteral = (p: string, i: number): boolean => {
  const c = p[i];
  const q = p[i + 1];
  return c !== undefined && /[a-z0-9]/.test(c) && q !== '?' && q !== '*' && q !== '+' && q !== '{';
};

/** Factor alternatives on their leading literal characters, two levels deep. */
function factor(patterns: readonly string[], depth: number): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const p of patterns) {
    if (depth < 2 && p.length > 1 && isLiteral(p, 0)) {
      const c = p.charAt(0);
      const list = groups.get(c) ?? [];
      list.push(p.slice(1));
      groups.set(c, list);
    } else rest.push(p);
  }
  const parts: string[] = [];
  for (const [c, list] of groups) parts.push(list.length === 1 ? c + list[0] : c + '(?:' + factor(list, depth + 1) + ')');
  return [...parts, ...rest].join('|');
}

/** One sticky regex over alternatives in priority order, with a capture group per run of
 *  same-rule alternatives, so the group that took part names the rule. */
function namer(pats: readonly [LexiconKey, string][], prefix: string, order: readonly LexiconKey[]): NamerSource {
  const keys: LexiconKey[] = [];
  const runs: string[][] = [];
  for (const [key, p] of pats) {
    const i = keys.indexOf(key);
    if (i >= 0) runs[i]?.push(p);
    else {
      keys.push(key);
      runs.push([p]);
    }
  }
  const body = runs.map((r) => '(' + factor(r, 0) + ')').join('|');
  return { source: prefix + '(?:' + body + ')' + WORD_END, keys: keys.map((k) => order.indexOf(k)) };
}

export function compileLexicon(lexicons: readonly Lexicon[], order: readonly LexiconKey[]): CompiledLexicon {
  return hydrate(compileLexiconSource(lexicons, order));
}

/** The regex sources (plain data: a worker can hand them to a content script).
 *  `order` breaks ties between rules whose patterns are equally long. */
export function compileLexiconSource(lexicons: readonly Lexicon[], order: readonly LexiconKey[]): CompiledSource {
  const all: [LexiconKey, string][] = [];
  for (const key of order) {
    for (const lex of lexicons) {
      for (const line of (lex[key] ?? '').split('\n')) {
        if (line.trim()) for (const p of expandMacros(line.trim()).flatMap(expandLeading)) all.push([key, p]);
      }
    }
  }
  // Longer patterns first: among alternatives starting at the same place, the specific one wins.
  all.sort((a, b) => b[1].length - a[1].length);
  const buckets = new Map<number, [LexiconKey, string][]>();
  for (const kp of all) {
    const p = kp[1];
    // Every hit starts at a word start: the scan tests no other position, which keeps it fast. A
    // symbol in front ("$9") is written as a lookbehind instead.
    if (!/^(?:[a-z0-9(]|\\[dw]|\[a-z)/.test(p)) throw new Error(`lexicon pattern must start at a word: ${p}`);
    const b = isLiteral(p, 0) ? p.charCodeAt(0) : -1;
    buckets.set(b, [...(buckets.get(b) ?? []), kp]);
  }
  // The scan says where a hit starts (its match's index); the namers say which cue and how far.
  const scan = '\\b(?:' + factor(all.map((kp) => kp[1]), 0) + ')' + WORD_END;
  const namers: (NamerSource | null)[] = [];
  for (const [b, pats] of buckets) if (b >= 0) namers[b] = namer(pats, '', order);
  for (let i = 0; i < namers.length; i++) namers[i] ??= null;
  const rest = buckets.get(-1);
  return { scan, namers, rest: rest ? namer(rest, '\\b', order) : null };
}
