// Labelled corpora for training and evaluating the pitch model, and the metrics both report.
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/core/types.js';

export interface Row {
  id: string;
  text: string;
  lang: Lang;
  kind: 'note' | 'message';
  pitch: boolean;
  split?: 'train' | 'heldout';
}

const root = new URL('../../', import.meta.url);
export const LANGS: readonly Lang[] = ['en', 'es', 'fr', 'de', 'pt'];

export function load(path: string): Row[] {
  return readFileSync(new URL(path, root), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** Hand-written sources in the blind-set format (tests/corpus/extra4/<lang>.txt): a header line
 *  "@@ <p|w> <n|m> <h|->" starts a record, the text follows up to the next header. */
export function loadSources(dir: string): Row[] {
  return LANGS.flatMap((lang) => {
    let src: string;
    try {
      src = readFileSync(new URL(`${dir}/${lang}.txt`, root), 'utf8').replace(/\r\n/g, '\n');
    } catch {
      return [];
    }
    return src.split(/^@@ /m).slice(1).map((part, i): Row => {
      const nl = part.indexOf('\n');
      const [pw, kind] = part.slice(0, nl).trim().split(/\s+/);
      return { id: `${lang}-${i + 1}`, lang, text: part.slice(nl + 1).trim(), kind: kind === 'n' ? 'note' : 'message', pitch: pw === 'p' };
    });
  });
}

/** Every fourth text of a hand-written batch is kept out of training: a dev set written after the rules. */
const batch = (dir: string, dev: boolean): Row[] => loadSources(dir).filter((r) => (Number(r.id.split('-')[1]) % 4 === 0) === dev);

/** What the model may learn from: our corpus's train split, blind set 1, and extra texts. */
export const trainSets = (): Record<string, Row[]> => ({
  'corpus/train': load('tests/corpus/pitch.jsonl').filter((r) => r.split === 'train'),
  blind1: load('tests/corpus-blind/blind.jsonl'),
  extra: load('tests/corpus/extra.jsonl'),
  extra2: load('tests/corpus/extra2.jsonl'),
  extra4: batch('tests/corpus/extra4', false),
  extra5: batch('tests/corpus/extra5', false),
  extra6: batch('tests/corpus/extra6', false),
  extra7: batch('tests/corpus/extra7', false),
});

/** Dev texts the shipped weights are NOT trained on (written to probe new cue patterns; see
 *  tests/corpus/extra3.jsonl). Unlike held-out sets, their misses may be printed and studied. */
export const devSets = (): Record<string, Row[]> => ({
  extra3: load('tests/corpus/extra3.jsonl'),
  'extra4/dev': batch('tests/corpus/extra4', true),
  'extra5/dev': batch('tests/corpus/extra5', true),
  'extra6/dev': batch('tests/corpus/extra6', true),
  'extra7/dev': batch('tests/corpus/extra7', true),
});

/** Never tuned on: only aggregate metrics are ever printed for these. */
export const heldOutSets = (): Record<string, Row[]> => ({
  'corpus/heldout': load('tests/corpus/pitch.jsonl').filter((r) => r.split === 'heldout'),
  blind2: load('tests/corpus-blind2/blind2.jsonl'),
});

export interface Metrics { n: number; precision: number; recall: number; f1: number; warmFlagged: number }

export function metrics(rows: readonly Row[], predict: (r: Row) => boolean): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const got = predict(r);
    if (got && r.pitch) tp++;
    else if (got) fp++;
    else if (r.pitch) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { n: rows.length, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), warmFlagged: fp / (fp + tn || 1) };
}
