// The detector's data: every language's phrase lexicon, the stopwords that pick the language,
// and the rule labels. Kept apart from the engine so a context that must stay small (the
// content script) can receive it from the worker instead of bundling it.
import type { Lang } from '../types.js';
import type { Lexicon } from './compile.js';
import { RULE_LABEL, type RuleLabels } from './labels.js';
import { de } from './lexicon/de.js';
import { en } from './lexicon/en.js';
import { es } from './lexicon/es.js';
import { fr } from './lexicon/fr.js';
import { pt } from './lexicon/pt.js';
import { universal } from './lexicon/universal.js';
import { STOPWORDS, type Stopwords } from './stopwords.js';

export interface LexiconSet {
  phrases: Readonly<Record<Lang | 'universal', Lexicon>>;
  stopwords: Stopwords;
  labels: RuleLabels;
}

export const LEXICONS: LexiconSet = { phrases: { en, es, fr, de, pt, universal }, stopwords: STOPWORDS, labels: RULE_LABEL };
