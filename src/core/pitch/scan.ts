// The single pass over a folded draft (fold.ts: same length as the draft): guess the language on a
// prefix, run that language's scan regex, and let a small per-character regex name each hit's cue.
import type { Lang, PitchSignal } from '../types.js';
import type { CompiledLexicon, Namer } from './hydrate.js';
import { createLangDetector, type LangDetector } from './lang-detect.js';
import type { RuleLabels } from './labels.js';
import type { RuleId } from './rules.js';
import type { Stopwords } from './stopwords.js';

export interface Scan {
  lang: Lang | 'und';
  /** Hits per key index; reused across calls (scanning is synchronous). */
  counts: Uint16Array;
  signals: PitchSignal[];
}

/** Hits per key index; sized on first use, reused across calls. */
let counts = new Uint16Array(0);
/** End of the last match `name` found (saves allocating a result per hit). */
let namedEnd = 0;

/** Runs `n` at `at`: the key index of its matching group, or -1. */
function name(n: Namer | undefined, text: string, at: number): number {
  if (!n) return -1;
  n.re.lastIndex = at;
  const m = n.re.exec(text);
  if (!m) return -1;
  let g = 1;
  while (m[g] === undefined) g++;
  namedEnd = n.re.lastIndex;
  return n.keys[g - 1] ?? -1;
}

/** Scans folded text (fold.ts). */
export type Scanner = (folded: string, hinted: Lang | undefined, shown: Uint8Array) => Scan;

const LANG_SET: ReadonlySet<string> = new Set<Lang>(['en', 'es', 'fr', 'de', 'pt']);

/** A scanner over compiled lexicons (`compiledFor` may build each language on first use). */
/** `shownAs[i]`: the public rule a hit of key i is shown as; null for cues never shown. */
export function createScanner(
  compiledFor: (lang: Lang | 'und') => CompiledLexicon,
  stopwords: Stopwords,
  labels: RuleLabels,
  shownAs: readonly (RuleId | null)[],
): Scanner {
  const detectLang = createLangDetector(stopwords);
  // Per key index, the label its signals carry (looked up once, not per hit).
  const labelOf = shownAs.map((rule) => (rule ? labels[rule] : ''));
  return (folded, hinted, shown) => scanWith(compiledFor, detectLang, labelOf, shownAs, folded, hinted, shown);
}

/** `shown[i]` = 1 if hits of key i become signals (cues that count towards a pitch). */
function scanWith(
  compiledFor: (lang: Lang | 'und') => CompiledLexicon,
  detectLang: LangDetector,
  labelOf: readonly string[],
  shownAs: readonly (RuleId | null)[],
  folded: string,
  hinted: Lang | undefined,
  shown: Uint8Array,
): Scan {
  const lang: Lang | 'und' = hinted && LANG_SET.has(hinted) ? hinted : detectLang(folded);
  const { scan, namers, rest } = compiledFor(lang);
  if (counts.length !== shownAs.length) counts = new Uint16Array(shownAs.length);
  counts.fill(0);
  const signals: PitchSignal[] = [];
  scan.lastIndex = 0;
  for (let hit = scan.exec(folded); hit; hit = scan.exec(folded)) {
    const start = hit.index;
    // The scan found that some pattern matches here; the namers say which cue, and its extent.
    let k = name(namers[folded.charCodeAt(start)], folded, start);
    if (k < 0) k = name(rest, folded, start);
    if (k < 0 || k >= shownAs.length || namedEnd === start) {
      scan.lastIndex = start + 1;
      continue;
    }
    scan.lastIndex = namedEnd;
    counts[k] = (counts[k] ?? 0) + 1;
    const rule = shownAs[k];
    if (rule && shown[k]) signals.push({ start, end: namedEnd, rule, label: labelOf[k] ?? '' });
  }
  return { lang, counts, signals };
}
