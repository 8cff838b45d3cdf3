// analyzeDraft: is this draft a sales pitch, and which words say so? (engine.ts + lexicons.ts)
import { createAnalyzer } from './engine.js';
import { createLangDetector } from './lang-detect.js';
import { LEXICONS } from './lexicons.js';

export { createAnalyzer, type Analyzer } from './engine.js';
export { LEXICONS, type LexiconSet } from './lexicons.js';
export { PITCH_RULES, type PitchRuleInfo, type RuleId } from './rules.js';

export const analyzeDraft = createAnalyzer(LEXICONS);

/** The language analyzeDraft would detect, on folded text (see fold.ts). */
export const detectLang = createLangDetector(LEXICONS.stopwords);
