// Generalisation proxy without touching held-out data: train on every training set but one
// (default blind1, written by people who never saw the rules) and report on the one left out and
// on the dev sets. Settings as for train.ts.
//   npx tsx scripts/pitch/cv.ts [setName]
import { createAnalyzer } from '../../src/core/pitch/engine.js';
import { LEXICONS } from '../../src/core/pitch/lexicons.js';
import { buildModel, FEATURES } from '../../src/core/pitch/model.js';
import { devSets, LANGS, metrics, trainSets } from './data.js';
import { fitModel } from './fit.js';

const out = process.argv[2] ?? 'blind1';
const sets = trainSets();
const { weights, grams } = fitModel(Object.entries(sets).filter(([n]) => n !== out).flatMap(([, r]) => r));
// The runtime analyzer over the model just fitted: what is measured is exactly what would ship.
const analyze = createAnalyzer(LEXICONS, buildModel(Object.fromEntries(FEATURES.map((f, j) => [f, weights[j] ?? 0])), grams));
const predict = (r: { text: string }): boolean => analyze(r.text).pitch;
const pct = (v: number): string => (v * 100).toFixed(1);
for (const [name, test] of [[`cv:${out}`, sets[out] ?? []], ...Object.entries(devSets())] as const) {
  const parts = [...LANGS, 'ALL'].map((l) => {
    const m = metrics(l === 'ALL' ? test : test.filter((r) => r.lang === l), predict);
    return l === 'ALL' ? `ALL P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} warm ${pct(m.warmFlagged)} (n=${m.n})` : `${l} ${pct(m.f1)}`;
  });
  console.log(`${name.padEnd(12)} ${parts.join('  ')}`);
}
