// The detector without its data: cues come from a lexicon set (scan.ts), a small learned
// logistic model combines them (score.ts).
import type { AnalyzeOptions, DraftAnalysis } from '../types.js';
import type { LexiconSet } from './lexicons.js';
import { KEYS, STRONG } from './rules.js';
import { createScanner } from './scan.js';
import { logOdds, toScore, weightOf } from './score.js';

export type Analyzer = (text: string, options?: AnalyzeOptions) => DraftAnalysis;

/** Only cues that push towards "pitch" (on their own or as a strong cue) are shown: warm cues
 *  and zero-weight cues explain nothing. */
const SHOWN = Uint8Array.from(KEYS, (k) => (weightOf(k) > 0 || (STRONG.has(k) && weightOf('strong') > 0) ? 1 : 0));

export function createAnalyzer(lexicons: LexiconSet): Analyzer {
  const scanDraft = createScanner(lexicons);
  return (text, options = {}) => {
    const draft = typeof text === 'string' ? text : '';
    const { lang, counts, signals } = scanDraft(draft, options.lang, SHOWN);
    const z = logOdds(counts);
    return { pitch: z >= 0, score: toScore(z), lang, signals };
  };
}
