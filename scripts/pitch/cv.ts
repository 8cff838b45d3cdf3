// Generalisation proxy without touching held-out data: train on every training set but one
// (default blind1, written by people who never saw the rules) and report on the one left out.
//   L2=… CAUTION=… npx tsx scripts/pitch/cv.ts [setName]
import { LANGS, metrics, trainSets, type Row } from './data.js';
import { features, fit } from './fit.js';

const L2 = Number(process.env.L2 ?? 0.002);
const CAUTION = Number(process.env.CAUTION ?? 0.3);
const out = process.argv[2] ?? 'blind1';
const sets = trainSets();

const w = fit(Object.entries(sets).filter(([n]) => n !== out).flatMap(([, r]) => r), L2, CAUTION);
const predict = (r: Row): boolean => {
  const x = features(r.text);
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
