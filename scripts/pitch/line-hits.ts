// Which lexicon lines earn their bytes: hits per line on the training corpora (pitch / warm),
// so narrow phrases the broad cues already cover can be found and dropped.
//   npx tsx scripts/pitch/line-hits.ts [--zero]   (--zero: only lines that never fire)
import { compileLexicon, type Lexicon } from '../../src/core/pitch/compile.js';
import { foldText } from '../../src/core/pitch/fold.js';
import { de } from '../../src/core/pitch/lexicon/de.js';
import { en } from '../../src/core/pitch/lexicon/en.js';
import { es } from '../../src/core/pitch/lexicon/es.js';
import { fr } from '../../src/core/pitch/lexicon/fr.js';
import { pt } from '../../src/core/pitch/lexicon/pt.js';
import { KEYS, type LexiconKey } from '../../src/core/pitch/rules.js';
import { trainSets } from './data.js';

const LEX: Record<string, Lexicon> = { en, es, fr, de, pt };
const sets = trainSets();
for (const [lang, lex] of Object.entries(LEX)) {
  const texts = Object.entries(sets).flatMap(([set, rows]) => rows.filter((r) => r.lang === lang).map((r) => ({ set, pitch: r.pitch, t: foldText(r.text) })));
  for (const key of Object.keys(lex) as LexiconKey[]) {
    for (const line of (lex[key] ?? '').split('\n').filter((l) => l.trim())) {
      const { scan } = compileLexicon([{ [key]: line }], KEYS);
      let p = 0, w = 0, blind = 0;
      for (const x of texts) {
        scan.lastIndex = 0;
        if (!scan.test(x.t)) continue;
        if (x.pitch) p++;
        else w++;
        if (x.set !== 'corpus/train') blind++;
      }
      if (process.argv.includes('--zero') && p + w > 0) continue;
      console.log(`${lang}\t${key}\tP${p}\tW${w}\tB${blind}\t${line.length}\t${line}`);
    }
  }
}
