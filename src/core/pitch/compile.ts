// Turns a lexicon (rule → phrase patterns) into ONE regex per language, built once at module load.
// Speed comes from the shape: alternatives are factored by their first two literal characters,
// so the regex engine dispatches on a character instead of trying hundreds of branches per word.
import type { LexiconKey } from './rules.js';

/** Phrase patterns per rule, one per line, written for folded (lowercase, accent-free) text.
 *  Shorthand (keeps the bundle small and the lists readable): '(' is a non-capturing group,
 *  ' ' one or more whitespace/dash, ' ?' optional separator, ' # ' up to three words in between,
 *  '~' rest of the word. Every pattern ends at a word end (added automatically). */
export type Lexicon = Partial<Record<LexiconKey, string>>;

export interface CompiledLexicon {
  /** Global regexes over folded text; every match is one hit. Several, because V8 stops
   *  optimising a regex past ~20 KB of source and a split one runs ~10× faster. */
  scans: readonly RegExp[];
  /** Which rule a matched string belongs to: candidates by first two characters, then anchored tests. */
  candidates: Map<string, readonly RuleTest[]>;
  all: readonly RuleTest[];
}

export interface RuleTest {
  key: LexiconKey;
  test: RegExp;
}

const WORD_END = '(?!\\w)';
/** Source size per regex chunk, below V8's "too large to optimise" threshold. */
const CHUNK = 18000;
const GAP = '(?:[\\s-]+[^\\s.!?]+){0,3}[\\s-]+';

/** Macros → regex source, one entry per top-level alternative (each gets its own word-end guard). */
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
  return splitTop(src).map((alt) => alt + WORD_END);
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

/** "(?:a|b)c" → ["ac", "bc"], so every alternative starts with literal characters we can factor on. */
function expandLeading(p: string): string[] {
  if (!p.startsWith('(?:')) return [p];
  const end = closeOf(p, 0);
  const next = p[end + 1];
  if (end < 0 || next === '?' || next === '*' || next === '+' || next === '{') return [p];
  const rest = p.slice(end + 1);
  return splitTop(p.slice(3, end)).flatMap((alt) => expandLeading(alt + rest));
}

const isLiteral = (p: string, i: number): boolean => {
  const c = p[i];
  const q = p[i + 1];
  return c !== undefined && /[a-z0-9]/.test(c) && q !== '?' && q !== '*' && q !== '+' && q !== '{';
};

/** Factor alternatives on their leading literal characters, two levels deep. */
function factor(patterns: string[], depth: number): string {
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

export function compileLexicon(lexicons: readonly Lexicon[]): CompiledLexicon {
  const wordStart: string[] = [];
  const other: string[] = [];
  const all: RuleTest[] = [];
  const candidates = new Map<string, RuleTest[]>();
  const byKey = new Map<LexiconKey, string[]>();
  for (const lex of lexicons) {
    for (const [key, lines] of Object.entries(lex) as [LexiconKey, string][]) {
      const list = byKey.get(key) ?? [];
      for (const line of lines.split('\n')) if (line.trim()) list.push(line.trim());
      byKey.set(key, list);
    }
  }
  for (const [key, pats] of byKey) {
    const expanded = pats.flatMap(expandMacros).flatMap(expandLeading);
    const rt: RuleTest = { key, test: new RegExp('^(?:' + factor(expanded, 0) + ')$') };
    all.push(rt);
    for (const p of expanded) {
      // Only patterns that start with a non-word character ("$9") run outside the \b prefix.
      (/^(?:[a-z0-9(]|\\[dw]|\[a-z)/.test(p) ? wordStart : other).push(p);
      // Candidate index: two leading literal chars when known, else one, else "" (try all).
      const k = isLiteral(p, 0) ? (isLiteral(p, 1) ? p.slice(0, 2) : p.charAt(0)) : '';
      const list = candidates.get(k) ?? [];
      if (!list.includes(rt)) list.push(rt);
      candidates.set(k, list);
    }
  }
  // Longer patterns first: among alternatives starting at the same place, the specific one wins.
  wordStart.sort((a, b) => b.length - a.length);
  // Chunks hold whole first-character groups, so two chunks never match at the same start.
  const byFirst = new Map<string, string[]>();
  for (const p of wordStart) {
    const k = isLiteral(p, 0) ? p.charAt(0) : '';
    const list = byFirst.get(k) ?? [];
    list.push(p);
    byFirst.set(k, list);
  }
  const scans: RegExp[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (chunk.length) scans.push(new RegExp('\\b(?:' + factor(chunk, 0) + ')', 'g'));
    chunk = [];
    size = 0;
  };
  for (const list of byFirst.values()) {
    const add = list.reduce((n, p) => n + p.length + 1, 0);
    if (size + add > CHUNK) flush();
    chunk.push(...list);
    size += add;
  }
  flush();
  if (other.length) scans.push(new RegExp(other.join('|'), 'g'));
  return { scans, candidates, all };
}

/** The rule of one matched string (folded). */
export function ruleOf(c: CompiledLexicon, s: string): LexiconKey | undefined {
  const lists = [c.candidates.get(s.slice(0, 2)), c.candidates.get(s.charAt(0)), c.candidates.get('')];
  for (const list of lists) {
    if (!list) continue;
    for (const rt of list) if (rt.test.test(s)) return rt.key;
  }
  return undefined;
}
