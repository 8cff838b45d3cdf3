// The detector without its data: cues come from compiled lexicons (scan.ts), a small learned
// logistic model combines them (score.ts). Node and the extension pages compile the lexicons
// themselves; the content script receives them compiled from the worker (analyzerFromCompiled),
// which keeps both the phrase lists and the compiler out of its bundle.
import type { AnalyzeOptions, DraftAnalysis, Lang } from '../types.js';
import { compileLexiconSource } from './compile.js';
import { hydrate, type CompiledLexicon, type CompiledSource } from './hydrate.js';
import type { RuleLabels } from './labels.js';
import type { LexiconSet } from './lexicons.js';
import { KEYS, STRONG } from './rules.js';
import { createScanner, type Scanner } from './scan.js';
import { logOdds, toScore, weightOf } from './score.js';
import type { Stopwords } from './stopwords.js';

export type Analyzer = (text: string, options?: AnalyzeOptions) => DraftAnalysis;

type LangKey = Lang | 'und';
const LANG_KEYS: readonly LangKey[] = ['en', 'es', 'fr', 'de', 'pt', 'und'];

/** Everything the engine needs, as plain data (it crosses the worker → content-script boundary). */
export interface CompiledDetector {
  compiled: Readonly<Record<LangKey, CompiledSource>>;
  stopwords: Stopwords;
  labels: RuleLabels;
}

/** Only cues that push towards "pitch" (on their own or as a strong cue) are shown: warm cues
 *  and zero-weight cues explain nothing. */
const SHOWN = Uint8Array.from(KEYS, (k) => (weightOf(k) > 0 || (STRONG.has(k) && weightOf('strong') > 0) ? 1 : 0));

function sourceFor(lexicons: LexiconSet, lang: LangKey): CompiledSource {
  const { phrases } = lexicons;
  return compileLexiconSource(lang === 'und' ? [phrases.universal] : [phrases[lang], phrases.universal], KEYS);
}

/** Builds each language's regexes on first use: most pages only ever see one language. */
function lazily(build: (lang: LangKey) => CompiledLexicon): (lang: LangKey) => CompiledLexicon {
  const done = new Map<LangKey, CompiledLexicon>();
  return (lang) => {
    let c = done.get(lang);
    if (!c) done.set(lang, (c = build(lang)));
    return c;
  };
}

/** The raw cue scanner over source lexicons (the training tools read its counts). */
export function lexiconScanner(lexicons: LexiconSet): Scanner {
  return createScanner(lazily((lang) => hydrate(sourceFor(lexicons, lang))), lexicons.stopwords, lexicons.labels);
}

function analyzer(compiledFor: (lang: LangKey) => CompiledLexicon, stopwords: Stopwords, labels: RuleLabels): Analyzer {
  const scanDraft = createScanner(compiledFor, stopwords, labels);
  return (text, options = {}) => {
    const draft = typeof text === 'string' ? text : '';
    const { lang, counts, signals } = scanDraft(draft, options.lang, SHOWN);
    const z = logOdds(counts);
    return { pitch: z >= 0, score: toScore(z), lang, signals };
  };
}

export function createAnalyzer(lexicons: LexiconSet): Analyzer {
  return analyzer(
    lazily((lang) => hydrate(sourceFor(lexicons, lang))),
    lexicons.stopwords,
    lexicons.labels,
  );
}

export function compileDetector(lexicons: LexiconSet): CompiledDetector {
  const compiled = Object.fromEntries(LANG_KEYS.map((l) => [l, sourceFor(lexicons, l)])) as Record<LangKey, CompiledSource>;
  return { compiled, stopwords: lexicons.stopwords, labels: lexicons.labels };
}

export function analyzerFromCompiled(detector: CompiledDetector): Analyzer {
  return analyzer(
    lazily((lang) => hydrate(detector.compiled[lang])),
    detector.stopwords,
    detector.labels,
  );
}
