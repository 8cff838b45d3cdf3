// The n-gram half of the pitch model (src/core/pitch/ngrams.ts): L2-regularised logistic
// regression over the distinct hashed character grams of each text, scaled by 1/√(distinct) so
// long and short texts weigh alike; classes balanced; Adam, full batch. Weights are free in sign:
// they are not shown as signals (the phrase rules explain a verdict; grams only weigh it).
import { lowerCase } from '../../src/core/pitch/fold.js';
import { GramReader, type GramModel } from '../../src/core/pitch/ngrams.js';
import type { Row } from './data.js';

export const GRAM_BITS = 13;
const STEPS = 300;
const RATE = 0.05;

interface Sparse { idx: Int32Array; val: number }
const cache = new Map<string, Sparse>();
const reader = new GramReader(GRAM_BITS, new Int8Array(1 << GRAM_BITS));

/** A text's distinct buckets and their common value (1/√distinct), as the runtime computes them. */
function sparse(text: string): Sparse {
  let s = cache.get(text);
  if (!s) {
    const buckets: number[] = [];
    reader.read(lowerCase(text), buckets);
    s = { idx: Int32Array.from(buckets), val: buckets.length ? 1 / Math.sqrt(buckets.length) : 0 };
    cache.set(text, s);
  }
  return s;
}

export interface GramFit { w: Float64Array; bias: number }

export function fitGrams(rows: readonly Row[], l2: number): GramFit {
  const B = 1 << GRAM_BITS;
  const X = rows.map((r) => sparse(r.text));
  const y = rows.map((r) => (r.pitch ? 1 : 0));
  const pos = y.filter((v) => v === 1).length;
  const sw = y.map((v) => (v === 1 ? rows.length / (2 * pos) : rows.length / (2 * (rows.length - pos))));
  // Index B holds the bias.
  const w = new Float64Array(B + 1);
  const g = new Float64Array(B + 1);
  const m = new Float64Array(B + 1);
  const v = new Float64Array(B + 1);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let step = 1; step <= STEPS; step++) {
    g.fill(0);
    X.forEach((x, i) => {
      let z = w[B] ?? 0;
      for (const k of x.idx) z += (w[k] ?? 0) * x.val;
      const err = (1 / (1 + Math.exp(-z)) - (y[i] ?? 0)) * (sw[i] ?? 1);
      g[B] = (g[B] ?? 0) + err;
      for (const k of x.idx) g[k] = (g[k] ?? 0) + err * x.val;
    });
    const c1 = 1 - b1 ** step;
    const c2 = 1 - b2 ** step;
    for (let k = 0; k <= B; k++) {
      const gk = (g[k] ?? 0) / rows.length + (k === B ? 0 : l2 * (w[k] ?? 0));
      m[k] = b1 * (m[k] ?? 0) + (1 - b1) * gk;
      v[k] = b2 * (v[k] ?? 0) + (1 - b2) * gk * gk;
      w[k] = (w[k] ?? 0) - (RATE * ((m[k] ?? 0) / c1)) / (Math.sqrt((v[k] ?? 0) / c2) + 1e-8);
    }
  }
  return { w: w.subarray(0, B), bias: w[B] ?? 0 };
}

/** The runtime's form: int8 weights, `weight` times the fitted log-odds, `shift` subtracted. */
export function toGramModel(fit: GramFit, weight: number, shift: number): GramModel {
  let max = 0;
  for (const x of fit.w) max = Math.max(max, Math.abs(x));
  const unit = max / 127 || 1;
  const q = Int8Array.from(fit.w, (x) => Math.round(x / unit));
  return {
    bits: GRAM_BITS,
    scale: +(unit * weight).toPrecision(6),
    bias: +(fit.bias * weight - shift).toFixed(4),
    weights: Buffer.from(q.buffer).toString('base64'),
  };
}
