// analyzeDraft: is this draft a sales pitch, and which words say so?
// One scan finds the cues (scan.ts); a small learned logistic model combines them (score.ts).
import type { AnalyzeOptions, DraftAnalysis } from '../types.js';
import { KEYS, STRONG } from './rules.js';
import { scanDraft } from './scan.js';
import { logOdds, toScore, weightOf } from './score.js';

export { PITCH_RULES, type PitchRuleInfo, type RuleId } from './rules.js';
export { detectLang } from './lang-detect.js';

/** Only cues that push towards "pitch" (on their own or as a strong cue) are shown: warm cues
 *  and zero-weight cues explain nothing. */
const SHOWN = Uint8Array.from(KEYS, (k) => (weightOf(k) > 0 || (STRONG.has(k) && weightOf('strong') > 0) ? 1 : 0));

export function analyzeDraft(text: string, options: AnalyzeOptions = {}): DraftAnalysis {
  const draft = typeof text === 'string' ? text : '';
  const { lang, counts, signals } = scanDraft(draft, options.lang, SHOWN);
  const z = logOdds(counts);
  return { pitch: z >= 0, score: toScore(z), lang, signals };
}
