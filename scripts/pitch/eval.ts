// Per-language precision / recall / F1 / warm-flag rate of analyzeDraft on every corpus.
//   npx tsx scripts/pitch/eval.ts [--heldout] [--misses]
// Reports the training sets, the dev sets (own texts not trained on), and with --heldout the held-out sets.
// --misses prints misclassified TRAINING texts only; held-out sets only ever print aggregates.
import { analyzeDraft } from '../../src/core/pitch/index.js';
import { devSets, heldOutSets, LANGS, metrics, trainSets, type Metrics, type Row } from './data.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
const fmt = (name: string, m: Metrics): string =>
  `${name.padEnd(8)} n=${String(m.n).padStart(4)}  P${pct(m.precision)}  R${pct(m.recall)}  F1${pct(m.f1)}  warm→${pct(m.warmFlagged)}`;
const predict = (r: Row): boolean => analyzeDraft(r.text, { kind: r.kind }).pitch;

function report(name: string, rows: Row[]): void {
  console.log(`\n== ${name}`);
  for (const l of LANGS) console.log(fmt(l, metrics(rows.filter((r) => r.lang === l), predict)));
  console.log(fmt('ALL', metrics(rows, predict)));
}

const sets = { ...trainSets(), ...devSets(), ...(process.argv.includes('--heldout') ? heldOutSets() : {}) };
for (const [name, rows] of Object.entries(sets)) report(name, rows);

if (process.argv.includes('--misses')) {
  for (const [name, rows] of Object.entries(trainSets())) {
    for (const r of rows) {
      const a = analyzeDraft(r.text, { kind: r.kind });
      if (a.pitch === r.pitch) continue;
      console.log(`\n--- ${name} ${r.id} ${r.pitch ? 'FN' : 'FP'} score=${a.score} lang=${a.lang}/${r.lang}\n${r.text}`);
      for (const s of a.signals) console.log(`  ${s.rule}: "${r.text.slice(s.start, s.end)}"`);
    }
  }
}
