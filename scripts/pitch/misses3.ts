// Misclassified texts of one training or dev set (default extra3; never a held-out set), with the signals that fired.
//   npx tsx scripts/pitch/misses3.ts [setName]
import { analyzeDraft } from '../../src/core/pitch/index.js';
import { devSets, trainSets } from './data.js';

const name = process.argv[2] ?? 'extra3';
const rows = { ...trainSets(), ...devSets() }[name] ?? [];
for (const r of rows) {
  const a = analyzeDraft(r.text, { kind: r.kind });
  if (a.pitch === r.pitch) continue;
  console.log(`--- ${r.id} ${r.pitch ? 'FN' : 'FP'} ${a.score} ${a.lang}: ${r.text.replace(/\n/g, ' ').slice(0, 220)}`);
  console.log('   ' + a.signals.map((s) => `${s.rule}:"${r.text.slice(s.start, s.end)}"`).join(' | '));
}
