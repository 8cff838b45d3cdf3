// The pitch model's training, shared by train.ts (writes weights.ts) and cv.ts (leave-one-out).
// L2-regularised logistic regression, full-batch gradient descent, classes balanced. Signs are
// constrained so the model stays explainable: pitch cues can only push towards "pitch" (they are
// shown as signals), warm cues only away from it.
import { lexiconScanner } from '../../src/core/pitch/engine.js';
import { foldText } from '../../src/core/pitch/fold.js';
import { LEXICONS } from '../../src/core/pitch/lexicons.js';
import { FEATURES, roleOf, type Feature } from '../../src/core/pitch/model.js';
import { KEYS, SHOWN_AS } from '../../src/core/pitch/rules.js';
import { featurize } from '../../src/core/pitch/score.js';
import type { GramModel } from '../../src/core/pitch/ngrams.js';
import type { Row } from './data.js';
import { fitGrams, toGramModel } from './fit-grams.js';

const STEPS = 4000;
const RATE = 0.5;

const none = new Uint8Array(KEYS.length);
const scanDraft = lexiconScanner(LEXICONS);
const roles = KEYS.map(roleOf);

/** A text's feature vector, exactly as the runtime computes it. */
export function features(text: string): Float64Array {
  return featurize(scanDraft(foldText(text), undefined, none).counts, roles, new Float64Array(FEATURES.length));
}

/** Least weight of a cue shown as a signal: a cue the model ignored would never be shown, and a
 *  draft that quotes a price would not say "mentions pricing". */
const SHOWN_FLOOR = 0.1;
const floorOf = (f: Feature): number => ((KEYS as readonly string[]).includes(f) && SHOWN_AS[f as (typeof KEYS)[number]] !== null ? SHOWN_FLOOR : 0);

function sign(f: Feature): number {
  if (f === 'bias') return 0;
  if (f === 'warm' || f === 'no-pitch') return -1;
  return (KEYS as readonly string[]).includes(f) && SHOWN_AS[f as (typeof KEYS)[number]] === null ? -1 : 1;
}

/** Cue weights in FEATURES order. */
export function fit(rows: readonly Row[], l2: number): Float64Array {
  const X = rows.map((r) => features(r.text));
  const y = rows.map((r) => (r.pitch ? 1 : 0));
  const pos = y.filter((v) => v === 1).length;
  // Balance classes so the bias means the same whatever the mix of the corpora.
  const sampleWeight = y.map((v) => (v === 1 ? rows.length / (2 * pos) : rows.length / (2 * (rows.length - pos))));
  const w = new Float64Array(FEATURES.length);
  const grad = new Float64Array(FEATURES.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    X.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < w.length; j++) z += (x[j] ?? 0) * (w[j] ?? 0);
      const err = (1 / (1 + Math.exp(-z)) - (y[i] ?? 0)) * (sampleWeight[i] ?? 1);
      for (let j = 0; j < w.length; j++) grad[j] = (grad[j] ?? 0) + err * (x[j] ?? 0);
    });
    for (let j = 0; j < w.length; j++) {
      const f = FEATURES[j];
      if (f === undefined) continue;
      const s = sign(f);
      let v = (w[j] ?? 0) - RATE * ((grad[j] ?? 0) / rows.length + (s === 0 ? 0 : l2 * (w[j] ?? 0)));
      // Projected gradient: keep each weight on its side of zero.
      if (s > 0) v = Math.max(floorOf(f), v);
      if (s < 0) v = Math.min(0, v);
      w[j] = v;
    }
  }
  return w;
}

/** Settings, overridable from the environment for experiments (cv.ts). */
const setting = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

export const GRAM_L2 = setting('GRAM_L2', 0.00003);
export const GRAM_WEIGHT = setting('GRAM_WEIGHT', 2);
/** Subtracted from the log-odds: trades a little recall for fewer warm drafts flagged. */
export const GRAM_SHIFT = setting('CAUTION', 0.5);

/** The whole model: cue weights (FEATURES order) plus the n-gram half, added in log-odds. The
 *  n-gram model is trained on its own and weighted by GRAM_WEIGHT: trained jointly, the cues
 *  (written with the training texts in view) would leave it nothing to learn. */
export function fitModel(rows: readonly Row[]): { weights: Float64Array; grams: GramModel } {
  const weights = fit(rows, setting('L2', 0.002));
  const grams = toGramModel(fitGrams(rows, GRAM_L2), GRAM_WEIGHT, GRAM_SHIFT);
  return { weights, grams };
}
