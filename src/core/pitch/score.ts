// Combines cue hits into a 0..1 score: a small logistic model whose weights are learned offline
// (scripts/pitch/train.ts). The model arrives as data (model.ts builds it), so this file needs
// neither the rule tables nor the weights: the content script receives those from the worker.
import type { GramModel } from './ngrams.js';
import type { RuleId } from './rules.js';

/** Per-key roles, as bit flags. */
export const ROLE = { sell: 1, ask: 2, strong: 4, warm: 8 } as const;

/** Feature columns after the per-key ones: the combinations that make a pitch's shape. */
export const COMBOS = ['bias', 'sell+ask', 'sells>=2', 'asks>=2', 'strong'] as const;
/** COMBOS.indexOf('strong'), as a number so the content script does not carry the names. */
const STRONG_COLUMN = 4;

export interface Model {
  /** Per key index: the public rule its hits are shown as, null for warm cues. */
  shownAs: (RuleId | null)[];
  /** Per key index: ROLE flags. */
  roles: number[];
  /** Per feature (keys, then COMBOS): the learned weight. */
  weights: number[];
  /** The character n-gram half (ngrams.ts), added to the cues' log-odds. */
  grams: GramModel;
}

/** Repeats of one cue add a little, up to twice, so a long message can't pile up one cue. */
const REPEAT = 0.5;

/** `counts[i]` = hits of key i → feature vector (keys, then COMBOS) written into `out`.
 *  Shared with the training script, so the model is trained on exactly what runs here. */
export function featurize(counts: Uint16Array, roles: ArrayLike<number>, out: Float64Array): Float64Array {
  let sells = 0;
  let asks = 0;
  let strong = 0;
  const c = roles.length;
  for (let i = 0; i < c; i++) {
    const n = counts[i] ?? 0;
    const role = roles[i] ?? 0;
    if (n === 0) {
      out[i] = 0;
      continue;
    }
    // Repeats add a little, up to twice (warm cues too: several friendly paragraphs outweigh one
    // friendly opener in front of a pitch).
    out[i] = 1 + REPEAT * Math.min(n - 1, 2);
    if (role & ROLE.sell) sells++;
    if (role & ROLE.ask) asks++;
    if (role & ROLE.strong) strong = 1;
  }
  out[c] = 1;
  out[c + 1] = sells > 0 && asks > 0 ? 1 : 0;
  out[c + 2] = sells >= 2 ? 1 : 0;
  out[c + 3] = asks >= 2 ? 1 : 0;
  out[c + 4] = strong;
  return out;
}

export interface Scorer {
  /** The cues' part of the log-odds that the draft is a pitch (ngrams.ts adds the rest). */
  logOdds(counts: Uint16Array): number;
  /** Per key: 1 if its hits are shown as signals (cues that push towards "pitch"). */
  shown: Uint8Array;
}

export function createScorer(model: Model): Scorer {
  const roles = Uint8Array.from(model.roles);
  const w = Float64Array.from(model.weights);
  const x = new Float64Array(w.length);
  const strongWeight = w[roles.length + STRONG_COLUMN] ?? 0;
  // Warm cues and zero-weight cues explain nothing; a strong cue explains through the combo.
  const shown = Uint8Array.from(model.shownAs, (rule, i) => (rule !== null && ((w[i] ?? 0) > 0 || ((roles[i] ?? 0) & ROLE.strong && strongWeight > 0)) ? 1 : 0));
  return {
    shown,
    logOdds: (counts) => {
      featurize(counts, roles, x);
      let z = 0;
      for (let i = 0; i < w.length; i++) z += (x[i] ?? 0) * (w[i] ?? 0);
      return z;
    },
  };
}

export function toScore(z: number): number {
  return Math.round(10000 / (1 + Math.exp(-z))) / 10000;
}
