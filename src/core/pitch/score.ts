// Combines cue hits into a 0..1 score: a small logistic model whose weights are learned offline
// (scripts/pitch/train.ts) and shipped as a table (weights.ts).
import { ASKS, KEYS, SELLS, SHOWN_AS, STRONG, type LexiconKey } from './rules.js';
import { WEIGHTS } from './weights.js';

/** Feature columns after the per-key ones: the combinations that make a pitch's shape. */
export const COMBOS = ['bias', 'sell+ask', 'sells>=2', 'asks>=2', 'strong'] as const;
export type Feature = LexiconKey | (typeof COMBOS)[number];
export const FEATURES: readonly Feature[] = [...KEYS, ...COMBOS];

/** Repeats of one cue add a little, up to twice, so a long message can't pile up one cue. */
const REPEAT = 0.5;

/** Per-key roles as flags, looked up by index in the hot loop (no Set or object lookups). */
const SELL = 1, ASK = 2, STRONG_CUE = 4, WARM_CUE = 8;
const ROLE = Uint8Array.from(KEYS, (k) =>
  (SELLS.has(k) ? SELL : 0) | (ASKS.has(k) ? ASK : 0) | (STRONG.has(k) ? STRONG_CUE : 0) | (SHOWN_AS[k] === null ? WARM_CUE : 0));

/** `counts[i]` = hits of `KEYS[i]` → feature vector in FEATURES order (written into `out`).
 *  Shared with the training script, so the model is trained on exactly what runs here. */
export function featurize(counts: Uint16Array, out: Float64Array): Float64Array {
  let sells = 0;
  let asks = 0;
  let strong = 0;
  const c = KEYS.length;
  for (let i = 0; i < c; i++) {
    const n = counts[i] ?? 0;
    const role = ROLE[i] ?? 0;
    if (n === 0) {
      out[i] = 0;
      continue;
    }
    // Repeats add a little, up to twice (warm cues too: several friendly paragraphs outweigh one
    // friendly opener in front of a pitch).
    out[i] = 1 + REPEAT * Math.min(n - 1, 2);
    if (role & SELL) sells++;
    if (role & ASK) asks++;
    if (role & STRONG_CUE) strong = 1;
  }
  out[c] = 1;
  out[c + 1] = sells > 0 && asks > 0 ? 1 : 0;
  out[c + 2] = sells >= 2 ? 1 : 0;
  out[c + 3] = asks >= 2 ? 1 : 0;
  out[c + 4] = strong;
  return out;
}

export const weightOf = (f: Feature): number => WEIGHTS[f] ?? 0;
const W = Float64Array.from(FEATURES, weightOf);
const x = new Float64Array(FEATURES.length);

/** Log-odds that the draft is a pitch; ≥ 0 means pitch. */
export function logOdds(counts: Uint16Array): number {
  featurize(counts, x);
  let z = 0;
  for (let i = 0; i < W.length; i++) z += (x[i] ?? 0) * (W[i] ?? 0);
  return z;
}

export function toScore(z: number): number {
  return Math.round(10000 / (1 + Math.exp(-z))) / 10000;
}
