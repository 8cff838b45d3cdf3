// Compact list of misclassified TRAINING texts: id, FP/FN, score, cue counts, text head.
//   npx tsx scripts/pitch/misses.ts [set-name-filter]
import { KEYS } from '../../src/core/pitch/rules.js';
import { LEXICONS } from '../../src/core/pitch/lexicons.js';
import { createAnalyzer, lexiconScanner } from '../../src/core/pitch/engine.js';
import { foldText } from '../../src/core/pitch/fold.js';
import { trainSets } from './data.js';

const scan = lexiconScanner(LEXICONS);
const analyzeDraft = createAnalyzer(LEXICONS);
const none = new Uint8Array(KEYS.length);
const only = process.argv[2];
for (const [name, rows] of Object.entries(trainSets())) {
  if (only && !name.includes(only)) continue;
  for (const r of rows) {
    const a = analyzeDraft(r.text, { kind: r.kind });
    if (a.pitch === r.pitch) continue;
    const { counts } = scan(foldText(r.text), undefined, none);
    const cues = KEYS.filter((_, i) => (counts[i] ?? 0) > 0).join(',');
    console.log(`${name} ${r.id} ${r.pitch ? 'FN' : 'FP'} ${a.score} [${cues}] ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
