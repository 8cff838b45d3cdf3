// Greedy pruning of narrow lexicon lines that add nothing: a line of a specific rule family is
// dropped when, without it, the current model classifies no fewer training texts correctly (per
// language). The broad cues are kept whatever the training texts say: they are what generalises. Longest lines are
// tried first, since bytes are what the content script pays for. Rewrites src/core/pitch/lexicon/*.ts;
// retrain afterwards (npx tsx scripts/pitch/train.ts).
//   npx tsx scripts/pitch/prune.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { compileLexicon, type Lexicon } from '../../src/core/pitch/compile.js';
import type { CompiledLexicon } from '../../src/core/pitch/hydrate.js';
import { foldText } from '../../src/core/pitch/fold.js';
import { detectLang } from '../../src/core/pitch/index.js';
import { de } from '../../src/core/pitch/lexicon/de.js';
import { en } from '../../src/core/pitch/lexicon/en.js';
import { es } from '../../src/core/pitch/lexicon/es.js';
import { fr } from '../../src/core/pitch/lexicon/fr.js';
import { pt } from '../../src/core/pitch/lexicon/pt.js';
import { universal } from '../../src/core/pitch/lexicon/universal.js';
import { KEYS, type LexiconKey } from '../../src/core/pitch/rules.js';
import { buildModel } from '../../src/core/pitch/model.js';
import { createScorer } from '../../src/core/pitch/score.js';

const { logOdds } = createScorer(buildModel());
import { trainSets } from './data.js';

const LEX: Record<string, Lexicon> = { en, es, fr, de, pt };
// Warm and no-pitch lines are kept too: they are what keeps warm drafts unflagged on unseen texts.
const BROAD: ReadonlySet<LexiconKey> = new Set<LexiconKey>(['offer', 'results', 'free', 'fee', 'ask-time', 'ask-next', 'warm', 'no-pitch']);
/** At most this many characters are dropped per language (PRUNE_CHARS=…; default: no limit). */
const BUDGET = Number(process.env.PRUNE_CHARS ?? Infinity);
const counts = new Uint16Array(KEYS.length);

/** Same loop as scan.ts, on a lexicon under test. */
function isPitch(c: CompiledLexicon, folded: string): boolean {
  counts.fill(0);
  c.scan.lastIndex = 0;
  while (c.scan.test(folded)) {
    const start = c.scan.lastIndex;
    let end = -1;
    let k = -1;
    for (const n of [c.namers[folded.charCodeAt(start)], c.rest, c.other]) {
      if (!n) continue;
      n.re.lastIndex = start;
      const m = n.re.exec(folded);
      if (!m) continue;
      let g = 1;
      while (m[g] === undefined) g++;
      k = n.keys[g - 1] ?? -1;
      end = n.re.lastIndex;
      break;
    }
    if (k < 0 || end === start) {
      c.scan.lastIndex = start + 1;
      continue;
    }
    c.scan.lastIndex = end;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return logOdds(counts) >= 0;
}

const rows = Object.values(trainSets()).flat().map((r) => ({ ...r, folded: foldText(r.text) }));
for (const [lang, lex] of Object.entries(LEX)) {
  // Texts this lexicon will actually see: detected as this language.
  const texts = rows.filter((r) => detectLang(r.folded) === lang);
  const lines = new Map<LexiconKey, string[]>(Object.entries(lex).map(([k, v]) => [k as LexiconKey, (v ?? '').split('\n').filter((l) => l.trim())]));
  const build = (): Lexicon => Object.fromEntries([...lines].map(([k, ls]) => [k, ls.join('\n')]));
  const correct = (): number => {
    const c = compileLexicon([build(), universal], KEYS);
    return texts.filter((r) => isPitch(c, r.folded) === r.pitch).length;
  };
  let best = correct();
  const file = new URL(`../../src/core/pitch/lexicon/${lang}.ts`, import.meta.url);
  // Lines written with a macro (\${MEET}) differ from the source text and could not be dropped there.
  const source = new Set(readFileSync(file, 'utf8').split('\n'));
  const order = [...lines].filter(([k]) => !BROAD.has(k)).flatMap(([k, ls]) => ls.filter((l) => source.has(l)).map((l) => [k, l] as const)).sort((a, b) => b[1].length - a[1].length);
  const dropped: string[] = [];
  let spent = 0;
  for (const [k, line] of order) {
    if (spent + line.length > BUDGET) continue;
    const ls = lines.get(k) ?? [];
    lines.set(k, ls.filter((l) => l !== line));
    const now = correct();
    if (now >= best) {
      best = now;
      dropped.push(line);
      spent += line.length;
    } else lines.set(k, ls);
  }
  const kept = readFileSync(file, 'utf8').split('\n').filter((l) => !dropped.includes(l));
  writeFileSync(file, kept.join('\n'));
  console.log(`${lang}: ${texts.length} texts, ${best} correct, dropped ${dropped.length} lines (${dropped.join('').length} chars)`);
}
