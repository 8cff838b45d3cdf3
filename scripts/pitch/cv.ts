// Generalisation proxy without touching held-out data: train on every training set but one
// (default blind1, written by people who never saw the rules) and report on the one left out and
// on the dev sets. Settings as for train.ts.
//   npx tsx scripts/pitch/cv.ts [setName]
import { lowerCase } from '../../src/core/pitch/fold.js';
import { createGramScorer } from '../../src/core/pitch/ngrams.js';
import { devSets, LANGS, metrics, trainSets, type Row } from './data.js';
import { features, fitModel } from './fit.js';

const out = process.argv[2] ?? 'blind1';
const sets = trainSets();
const { weights, grams } = fitModel(Object.entries(sets).filter(([n]) => n !== out).flatMap(([, r]) => r));
const gramScorer = createGramScorer(grams);
const predict = (r: Row): boolean => {
  const x = features(r.text);
  let z = gramScorer.logOdds(lowerCase(r.text));
  for (let j = 0; j < weights.length; j++) z += (x[j] ?? 0) * (weights[j] ?? 0);
  return z >= 0;
};
const pct = (v: number): string => (v * 100).toFixed(1);
for (const [name, test] of [[`cv:${out}`, sets[out] ?? []], ...Object.entries(devSets())] as const) {
  const parts = [...LANGS, 'ALL'].map((l) => {
    const m = metrics(l === 'ALL' ? test : test.filter((r) => r.lang === l), predict);
    return l === 'ALL' ? `ALL P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} warm ${pct(m.warmFlagged)} (n=${m.n})` : `${l} ${pct(m.f1)}`;
  });
  console.log(`${name.padEnd(12)} ${parts.join('  ')}`);
}
