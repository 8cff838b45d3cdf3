// Greedy pruning of narrow lexicon lines that add nothing: a line of a specific rule family is
// dropped when, without it, the current model classifies no fewer training texts correctly (per
// language). The n-gram half of each text's score is taken out of fold (trained without that
// text), so a line is not dropped just because the n-grams memorised its training texts. Warm
// cues, and lines the rule-family tests rely on, are kept. Longest lines are tried first: every
// alternative costs the scan time at each word. Rewrites
// src/core/pitch/lexicon/*.ts; retrain afterwards (npx tsx scripts/pitch/train.ts).
//   npx tsx scripts/pitch/prune.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { compileLexicon, type Lexicon } from '../../src/core/pitch/compile.js';
import { foldText, lowerCase } from '../../src/core/pitch/fold.js';
import { detectLang, LEXICONS } from '../../src/core/pitch/index.js';
import { buildModel } from '../../src/core/pitch/model.js';
import { createGramScorer } from '../../src/core/pitch/ngrams.js';
import { KEYS, type LexiconKey } from '../../src/core/pitch/rules.js';
import { createScanner } from '../../src/core/pitch/scan.js';
import { createScorer } from '../../src/core/pitch/score.js';
import { trainSets, type Row } from './data.js';
import { fitGrams, toGramModel } from './fit-grams.js';
import { GRAM_SHIFT, GRAM_WEIGHT, GRAM_L2 } from './fit.js';

const model = buildModel();
/** The cue half of the score (the n-gram half comes out of fold, below). */
const { logOdds, shown } = createScorer(model);
// Warm cues are kept: they are what keeps warm drafts unflagged on unseen texts.
const KEEP: ReadonlySet<LexiconKey> = new Set<LexiconKey>(['warm', 'no-pitch', 'answer', 'customer']);

/** The sentences the pitch tests rely on (every rule family in every language, tests/unit/pitch):
 *  a line that fires on one of them stays, so each family keeps the phrases that show it. */
function testSentences(): string[] {
  const dir = new URL('../../tests/unit/pitch/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .flatMap((f) => {
      const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, readFileSync(new URL(f, dir), 'utf8'));
      const out: string[] = [];
      for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
        if (t === ts.SyntaxKind.StringLiteral && scanner.getTokenValue().length >= 20) out.push(foldText(scanner.getTokenValue()));
      }
      return out;
    });
}
const PROTECTED = testSentences();
const firesOnTests = (key: LexiconKey, line: string): boolean => {
  const { scan } = compileLexicon([{ [key]: line }], KEYS);
  return PROTECTED.some((t) => {
    scan.lastIndex = 0;
    return scan.test(t);
  });
};
/** At most this many characters are dropped per language (PRUNE_CHARS=…; default: no limit). */
const BUDGET = Number(process.env.PRUNE_CHARS ?? Infinity);
const FOLDS = 5;

/** Each text's n-gram log-odds from a model trained on the other folds. */
function outOfFold(rows: readonly Row[]): Map<string, number> {
  const z = new Map<string, number>();
  for (let f = 0; f < FOLDS; f++) {
    const fit = fitGrams(rows.filter((_, i) => i % FOLDS !== f), GRAM_L2);
    const score = createGramScorer(toGramModel(fit, GRAM_WEIGHT, GRAM_SHIFT));
    rows.forEach((r, i) => {
      if (i % FOLDS === f) z.set(r.text, score.logOdds(lowerCase(r.text)));
    });
  }
  return z;
}

const rows = Object.values(trainSets()).flat().map((r) => ({ ...r, folded: foldText(r.text) }));
const gramZ = outOfFold(rows);
for (const [lang, lex] of Object.entries(LEXICONS.phrases).filter(([l]) => l !== 'universal') as [string, Lexicon][]) {
  // Texts this lexicon will actually see: detected as this language.
  const texts = rows.filter((r) => detectLang(r.folded) === lang);
  const lines = new Map<LexiconKey, string[]>(Object.entries(lex).map(([k, v]) => [k as LexiconKey, (v ?? '').split('\n').filter((l) => l.trim())]));
  const build = (): Lexicon => Object.fromEntries([...lines].map(([k, ls]) => [k, ls.join('\n')]));
  const correct = (): number => {
    const compiled = compileLexicon([build(), LEXICONS.phrases.universal], KEYS);
    const scan = createScanner(() => compiled, LEXICONS.stopwords, LEXICONS.labels, model.shownAs);
    return texts.filter((r) => logOdds(scan(r.folded, lang as Row["lang"], shown).counts) + (gramZ.get(r.text) ?? 0) >= 0 === r.pitch).length;
  };
  let best = correct();
  const file = new URL(`../../src/core/pitch/lexicon/${lang}.ts`, import.meta.url);
  // Lines written with a macro (\${MEET}) differ from the source text and could not be dropped there.
  const source = new Set(readFileSync(file, 'utf8').split('\n'));
  const order = [...lines].filter(([k]) => !KEEP.has(k)).flatMap(([k, ls]) => ls.filter((l) => source.has(l) && !firesOnTests(k, l)).map((l) => [k, l] as const)).sort((a, b) => b[1].length - a[1].length);
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
