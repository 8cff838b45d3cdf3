// The single pass over a draft: fold the text (same length), guess the language on a prefix, run
// that language's scan regex, and let a small per-character regex name each hit's cue.
import type { Lang, PitchSignal } from '../types.js';
import type { CompiledLexicon, Namer } from './hydrate.js';
import { foldText } from './fold.js';
import { createLangDetector, type LangDetector } from './lang-detect.js';
import type { RuleLabels } from './labels.js';
import { KEYS, SHOWN_AS } from './rules.js';
import type { Stopwords } from './stopwords.js';

export interface Scan {
  lang: Lang | 'und';
  /** Hits per KEYS index; reused across calls (scanning is synchronous). */
  counts: Uint16Array;
  signals: PitchSignal[];
}

const counts = new Uint16Array(KEYS.length);
/** End of the last match `name` found (saves allocating a result per hit). */
let namedEnd = 0;

/** Runs `n` at `at`: the KEYS index of its matching group, or -1. */
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

export type Scanner = (draft: string, hinted: Lang | undefined, shown: Uint8Array) => Scan;

const LANG_SET: ReadonlySet<string> = new Set<Lang>(['en', 'es', 'fr', 'de', 'pt']);

/** A scanner over compiled lexicons (`compiledFor` may build each language on first use). */
export function createScanner(compiledFor: (lang: Lang | 'und') => CompiledLexicon, stopwords: Stopwords, labels: RuleLabels): Scanner {
  const detectLang = createLangDetector(stopwords);
  return (draft, hinted, shown) => scanWith(compiledFor, detectLang, labels, draft, hinted, shown);
}

/** `shown[i]` = 1 if hits of `KEYS[i]` become signals (cues that count towards a pitch). */
function scanWith(
  compiledFor: (lang: Lang | 'und') => CompiledLexicon,
  detectLang: LangDetector,
  labels: RuleLabels,
  draft: string,
  hinted: Lang | undefined,
  shown: Uint8Array,
): Scan {
  const folded = foldText(draft);
  const lang: Lang | 'und' = hinted && LANG_SET.has(hinted) ? hinted : detectLang(folded);
  const { scan, namers, rest, other } = compiledFor(lang);
  counts.fill(0);
  const signals: PitchSignal[] = [];
  scan.lastIndex = 0;
  while (scan.test(folded)) {
    const start = scan.lastIndex;
    // The scan found that some pattern matches here; the namers say which cue, and its extent.
    let k = name(namers[folded.charCodeAt(start)], folded, start);
    if (k < 0) k = name(rest, folded, start);
    if (k < 0) k = name(other, folded, start);
    const key = KEYS[k];
    if (key === undefined || namedEnd === start) {
      scan.lastIndex = start + 1;
      continue;
    }
    scan.lastIndex = namedEnd;
    counts[k] = (counts[k] ?? 0) + 1;
    const rule = SHOWN_AS[key];
    if (rule && shown[k]) signals.push({ start, end: namedEnd, rule, label: labels[rule] });
  }
  return { lang, counts, signals };
}
