// Generalisation proxy without touching held-out data: train on every training set but one
// (default blind1, written by people who never saw the rules) and report on the one left out.
//   L2=… CAUTION=… npx tsx scripts/pitch/cv.ts [setName]
import { KEYS, SHOWN_AS } from '../../src/core/pitch/rules.js';
import { LEXICONS } from '../../src/core/pitch/lexicons.js';
import { lexiconScanner } from '../../src/core/pitch/engine.js';
import { FEATURES, roleOf, type Feature } from '../../src/core/pitch/model.js';
import { featurize } from '../../src/core/pitch/score.js';
import { LANGS, metrics, trainSets, type Row } from './data.js';

const L2 = Number(process.env.L2 ?? 0.002);
const CAUTION = Number(process.env.CAUTION ?? 0.3);
const out = process.argv[2] ?? 'blind1';
const sets = trainSets();
const none = new Uint8Array(KEYS.length);
const scanDraft = lexiconScanner(LEXICONS);
const roles = KEYS.map(roleOf);
const feat = (r: Row): Float64Array => featurize(scanDraft(r.text, undefined, none).counts, roles, new Float64Array(FEATURES.length));
const sign = (f: Feature): number => (f === 'bias' ? 0 : (KEYS as readonly string[]).includes(f) && SHOWN_AS[f as (typeof KEYS)[number]] === null ? -1 : 1);

const rows = Object.entries(sets).filter(([n]) => n !== out).flatMap(([, r]) => r);
const X = rows.map(feat);
const y = rows.map((r) => (r.pitch ? 1 : 0));
const pos = y.filter((v) => v === 1).length;
const sw = y.map((v) => (v === 1 ? rows.length / (2 * pos) : rows.length / (2 * (rows.length - pos))));
const w = new Float64Array(FEATURES.length);
const grad = new Float64Array(FEATURES.length);
for (let step = 0; step < 4000; step++) {
  grad.fill(0);
  X.forEach((x, i) => {
    let z = 0;
    for (let j = 0; j < w.length; j++) z += (x[j] ?? 0) * (w[j] ?? 0);
    const err = (1 / (1 + Math.exp(-z)) - (y[i] ?? 0)) * (sw[i] ?? 1);
    for (let j = 0; j < w.length; j++) grad[j] = (grad[j] ?? 0) + err * (x[j] ?? 0);
  });
  for (let j = 0; j < w.length; j++) {
    const f = FEATURES[j];
    if (f === undefined) continue;
    const s = sign(f);
    let v = (w[j] ?? 0) - 0.5 * ((grad[j] ?? 0) / rows.length + (s === 0 ? 0 : L2 * (w[j] ?? 0)));
    if (s > 0) v = Math.max(0, v);
    if (s < 0) v = Math.min(0, v);
    w[j] = v;
  }
}
const b = FEATURES.indexOf('bias');
w[b] = (w[b] ?? 0) - CAUTION;
const predict = (r: Row): boolean => {
  const x = feat(r);
  let z = 0;
  for (let j = 0; j < w.length; j++) z += (x[j] ?? 0) * (w[j] ?? 0);
  return z >= 0;
};
const test = sets[out] ?? [];
const pct = (v: number): string => (v * 100).toFixed(1);
for (const l of [...LANGS, 'ALL'] as const) {
  const m = metrics(l === 'ALL' ? test : test.filter((r) => r.lang === l), predict);
  console.log(`${out} ${l.padEnd(3)} L2=${L2} C=${CAUTION}  P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} warm ${pct(m.warmFlagged)}`);
}
