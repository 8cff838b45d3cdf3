// All contacts in connection-date order, without an index of their own. byStage's key is
// [stage, connectedSort, id], so each stage's range is already in [connectedSort, id] order and
// the five ranges merged are the order a [connectedSort, id] index would give. Chromium's
// IndexedDB spends its CPU per index entry: one index fewer makes every contact write cheaper
// (imports write tens of thousands), for reads that stay bounded by the page size.
import type { Stage } from '../core/types.js';
import { STAGES } from './pipeline.js';
import type { ContactRow } from './records.js';
import type { GkDb } from './schema.js';

/** A contact's place in the order: [connectedSort, id]. */
export type ConnectedKey = [number, string];

/** One end of a range: a whole key, or [connectedSort] alone to bound by date. */
export interface ConnectedBound {
  key: ConnectedKey | [number];
  /** Excludes the bound itself (a page resuming after its cursor). */
  open: boolean;
}

/** A missing end is unbounded. */
export interface ConnectedBounds {
  lower?: ConnectedBound | undefined;
  upper?: ConnectedBound | undefined;
}

/** Greater than every string or number: the top of a compound key range. */
const HIGH: [] = [];

function stageRange(stage: Stage, { lower, upper }: ConnectedBounds): IDBKeyRange {
  return IDBKeyRange.bound(lower ? [stage, ...lower.key] : [stage], [stage, ...(upper ? upper.key : [HIGH])], lower?.open ?? false, upper?.open ?? false);
}

/**
 * Whether byStage key `a` comes before `b` in `direction`, ignoring the stage. JS compares
 * numbers and strings (by UTF-16 code unit) as IndexedDB orders keys, and ids are unique, so
 * no two keys tie.
 */
function precedes(a: [string, number, string], b: [string, number, string], direction: 'next' | 'prev'): boolean {
  const ascending = a[1] < b[1] || (a[1] === b[1] && a[2] < b[2]);
  return direction === 'next' ? ascending : !ascending;
}

/**
 * Up to `limit` contacts within `bounds`, ascending ('next') or descending ('prev'), and
 * whether more follow. A k-way merge of one cursor per stage: it reads at most `limit` rows
 * plus one look-ahead per stage.
 */
export async function readByConnected(db: GkDb, bounds: ConnectedBounds, direction: 'next' | 'prev', limit: number): Promise<{ rows: ContactRow[]; more: boolean }> {
  const index = db.transaction('contacts').store.index('byStage');
  const heads = await Promise.all(STAGES.map((s) => index.openCursor(stageRange(s, bounds), direction)));
  const rows: ContactRow[] = [];
  while (rows.length < limit) {
    let best: number | undefined;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (best === undefined || precedes(h.key, heads[best]!.key, direction))) best = i;
    }
    if (best === undefined) break;
    const head = heads[best]!;
    rows.push(head.value);
    heads[best] = await head.continue();
  }
  return { rows, more: heads.some((h) => h !== null) };
}

/** How many contacts lie within `bounds`: the per-stage range counts summed. */
export async function countByConnected(db: GkDb, bounds: ConnectedBounds): Promise<number> {
  const index = db.transaction('contacts').store.index('byStage');
  const counts = await Promise.all(STAGES.map((s) => index.count(stageRange(s, bounds))));
  return counts.reduce((sum, n) => sum + n, 0);
}
