// The detector's engine, over data only: compiled lexicons (scan.ts), stopwords (the language
// guess), rule labels, the cue model (score.ts) and the n-gram model (ngrams.ts). This is all the
// content script carries; the worker compiles the data (engine.ts) and sends it once per page.
import type { AnalyzeOptions, DraftAnalysis, Lang, PitchSignal } from '../types.js';
import { foldLowered, lowerCase } from './fold.js';
import { hydrate, type CompiledLexicon, type CompiledSource } from './hydrate.js';
import type { RuleLabels } from './labels.js';
import { createGramScorer } from './ngrams.js';
import { createScanner } from './scan.js';
import { createScorer, toScore, type Model } from './score.js';
import type { Stopwords } from './stopwords.js';

export type Analyzer = (text: string, options?: AnalyzeOptions) => DraftAnalysis;

export type LangKey = Lang | 'und';

/** What the engine runs on, besides the regexes. */
export interface DetectorTables {
  stopwords: Stopwords;
  labels: RuleLabels;
  model: Model;
}

/** Everything, as plain data (it crosses the worker → content-script boundary). */
export interface CompiledDetector extends DetectorTables {
  compiled: Readonly<Record<LangKey, CompiledSource>>;
}

/** Builds each language's regexes on first use: most pages only ever see one language. */
export function lazily(build: (lang: LangKey) => CompiledLexicon): (lang: LangKey) => CompiledLexicon {
  const done = new Map<LangKey, CompiledLexicon>();
  return (lang) => {
    let c = done.get(lang);
    if (!c) done.set(lang, (c = build(lang)));
    return c;
  };
}

export function analyzerOver(compiledFor: (lang: LangKey) => CompiledLexicon, tables: DetectorTables): Analyzer {
  const scanDraft = createScanner(compiledFor, tables.stopwords, tables.labels, tables.model.shownAs);
  const scorer = createScorer(tables.model);
  const grams = createGramScorer(tables.model.grams);
  return (text, options = {}) => {
    const lower = lowerCase(typeof text === 'string' ? text : '');
    const gramLogOdds = grams.logOdds(lower);
    // The n-gram pass saw every character: fold only if it met one that folding changes.
    const folded = grams.reader.foldable ? foldLowered(lower) : lower;
    const { lang, counts, signals } = scanDraft(folded, options.lang, scorer.shown);
    const z = scorer.logOdds(counts) + gramLogOdds;
    if (z >= 0 && signals.length === 0) signals.push(wording(lower, grams.logOdds, tables.labels['sales-wording']));
    return { pitch: z >= 0, score: toScore(z), lang, signals };
  };
}

/** A pitch that no phrase explains (the n-grams decided) is shown by its most pitch-like sentence. */
function wording(lower: string, logOdds: (sentence: string) => number, label: string): PitchSignal {
  const signal: PitchSignal = { start: 0, end: lower.length, rule: 'sales-wording', label };
  let top = -Infinity;
  for (const m of lower.matchAll(/[^\s.!?][^.!?\n]*/g)) {
    const z = logOdds(m[0]);
    if (z > top) {
      top = z;
      signal.start = m.index;
      signal.end = m.index + m[0].trimEnd().length;
    }
  }
  return signal;
}

export function analyzerFromCompiled(detector: CompiledDetector): Analyzer {
  return analyzerOver(
    lazily((lang) => hydrate(detector.compiled[lang])),
    detector,
  );
}
