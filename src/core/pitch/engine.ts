// The detector assembled from its sources: lexicons compiled here (compile.ts), the scoring
// model built from the rule tables and weights (model.ts). Node, the worker and the extension
// pages use this; the content script gets the compiled result from the worker (analyzer.ts).
import { analyzerOver, lazily, type Analyzer, type CompiledDetector, type LangKey } from './analyzer.js';
import { compileLexiconSource } from './compile.js';
import { hydrate, type CompiledSource } from './hydrate.js';
import type { LexiconSet } from './lexicons.js';
import { buildModel } from './model.js';
import type { Model } from './score.js';
import { KEYS } from './rules.js';
import { createScanner, type Scanner } from './scan.js';

export type { Analyzer, CompiledDetector } from './analyzer.js';

const LANG_KEYS: readonly LangKey[] = ['en', 'es', 'fr', 'de', 'pt', 'und'];

function sourceFor(lexicons: LexiconSet, lang: LangKey): CompiledSource {
  const { phrases } = lexicons;
  return compileLexiconSource(lang === 'und' ? [phrases.universal] : [phrases[lang], phrases.universal], KEYS);
}

/** `model`: the shipped one, or one being trained (scripts/pitch/cv.ts). */
export function createAnalyzer(lexicons: LexiconSet, model: Model = buildModel()): Analyzer {
  const { stopwords, labels } = lexicons;
  return analyzerOver(lazily((lang) => hydrate(sourceFor(lexicons, lang))), { stopwords, labels, model });
}

export function compileDetector(lexicons: LexiconSet): CompiledDetector {
  const compiled = Object.fromEntries(LANG_KEYS.map((l) => [l, sourceFor(lexicons, l)])) as Record<LangKey, CompiledSource>;
  return { compiled, stopwords: lexicons.stopwords, labels: lexicons.labels, model: buildModel() };
}

/** The raw cue scanner over source lexicons (the training tools read its counts). */
export function lexiconScanner(lexicons: LexiconSet): Scanner {
  return createScanner(lazily((lang) => hydrate(sourceFor(lexicons, lang))), lexicons.stopwords, lexicons.labels, buildModel().shownAs);
}
