// Combines rule hits into a 0..1 score: a small hand-set logistic model (weights in rules.ts).
import { ASK, COMMERCIAL, KEYS, WEIGHT } from './rules.js';

/** Log-odds before any evidence: a draft is warm until shown otherwise. */
export const BIAS = -2.2;
/** "I sell X" plus "let's talk" is the shape of a pitch, more than either alone. */
export const SELL_AND_ASK_BONUS = 0.9;
/** Repeats of one rule add a little, up to twice, so a long message can't pile up one cue. */
const REPEAT = 0.4;
const WARM_FLOOR = -1.8;
const SLOPE = 1.5;

/** `counts[i]` = hits of rule `KEYS[i]`. */
export function logOdds(counts: ArrayLike<number>): number {
  let z = BIAS;
  let warm = 0;
  let sells = false;
  let asks = false;
  for (let i = 0; i < KEYS.length; i++) {
    const n = counts[i] ?? 0;
    const key = KEYS[i];
    if (n === 0 || key === undefined) continue;
    const w = WEIGHT[key] * (1 + REPEAT * Math.min(n - 1, 2));
    if (w < 0) warm += w;
    else z += w;
    if (COMMERCIAL.has(key)) sells = true;
    if (ASK.has(key)) asks = true;
  }
  if (sells && asks) z += SELL_AND_ASK_BONUS;
  return z + Math.max(warm, WARM_FLOOR);
}

export function toScore(z: number): number {
  return Math.round(10000 / (1 + Math.exp(-SLOPE * z))) / 10000;
}
