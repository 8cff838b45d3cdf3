// Contact lists, one index each (every stage at once: byStage's stage ranges merged; names from
// the worker's name directory), read up to `limit` rows: never a table load. The cursor handed
// to pages is the last row's key ([connectedSort, id] when merged, [nameLower, id] for names),
// so a page resumes exactly after it.
import * as v from 'valibot';
import type { Stage } from '../core/types.js';
import type { ContactPage } from '../messages.js';
import { readByConnected, type ConnectedBounds } from './by-connected.js';
import type { ContactRow } from './records.js';
import type { GkDb } from './schema.js';
import { namesStartingWith } from './name-directory.js';
import { contactItem } from './views.js';

const DEFAULT_LIMIT = 50;
/** Greater than every string or number: the top of a compound key range. */
const HIGH: [] = [];

const nameKey = v.tuple([v.string(), v.string()]);
const stageKey = v.tuple([v.string(), v.number(), v.string()]);
const pairKey = v.tuple([v.number(), v.string()]);

function decode<T>(schema: v.GenericSchema<unknown, T>, cursor: string | undefined): T | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    throw new Error('Bad cursor');
  }
  const out = v.safeParse(schema, parsed);
  if (!out.success) throw new Error('Bad cursor');
  return out.output;
}

type IndexName = 'byStage' | 'byAllowListed';

async function collect(db: GkDb, index: IndexName, range: IDBKeyRange, direction: IDBCursorDirection, limit: number): Promise<ContactPage> {
  const rows: ContactRow[] = [];
  let lastKey: IDBValidKey | undefined;
  let cursor = await db.transaction('contacts').store.index(index).openCursor(range, direction);
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    lastKey = cursor.key;
    cursor = await cursor.continue();
  }
  return { items: rows.map(contactItem), next: cursor && lastKey !== undefined ? JSON.stringify(lastKey) : null };
}

export interface PageOptions {
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Names starting with `prefix`, case-insensitive, alphabetical (ties by id); the cursor is [nameLower, id]. */
export async function searchByName(db: GkDb, prefix: string, opts: PageOptions = {}): Promise<ContactPage> {
  const p = prefix.trim().toLowerCase();
  const { keys, more } = await namesStartingWith(db, p, decode(nameKey, opts.cursor), opts.limit ?? DEFAULT_LIMIT);
  const store = db.transaction('contacts').store;
  const rows = await Promise.all(keys.map(([, id]) => store.get(id)));
  // The directory is a cache: a row renamed or gone behind it is left out, not shown wrongly.
  const items = rows.filter((row, i): row is ContactRow => row?.nameLower === keys[i]![0]).map(contactItem);
  const last = keys.at(-1);
  return { items, next: more && last ? JSON.stringify(last) : null };
}

/** By connection date (unknown dates count as oldest), optionally one stage. */
export async function pageContacts(db: GkDb, opts: PageOptions & { stage?: Stage | undefined; order?: 'newest' | 'oldest' | undefined }): Promise<ContactPage> {
  const newest = (opts.order ?? 'newest') === 'newest';
  const limit = opts.limit ?? DEFAULT_LIMIT;
  if (opts.stage === undefined) return pageEveryStage(db, decode(pairKey, opts.cursor), newest, limit);
  const after = decode(stageKey, opts.cursor);
  const low = [opts.stage];
  const high = [opts.stage, HIGH];
  const range = after === undefined ? IDBKeyRange.bound(low, high) : newest ? IDBKeyRange.bound(low, after, false, true) : IDBKeyRange.bound(after, high, true, false);
  return collect(db, 'byStage', range, newest ? 'prev' : 'next', limit);
}

/** Every stage, merged from byStage; the cursor is [connectedSort, id], as a byConnected index key would be. */
async function pageEveryStage(db: GkDb, after: [number, string] | undefined, newest: boolean, limit: number): Promise<ContactPage> {
  const bounds: ConnectedBounds = after === undefined ? {} : newest ? { upper: { key: after, open: true } } : { lower: { key: after, open: true } };
  const { rows, more } = await readByConnected(db, bounds, newest ? 'prev' : 'next', limit);
  const last = rows.at(-1);
  return { items: rows.map(contactItem), next: more && last ? JSON.stringify([last.connectedSort, last.id]) : null };
}

/** Allow-listed contacts, most recent first (a sparse index: only they carry allowListedAt). */
export async function pageAllowListed(db: GkDb, opts: PageOptions = {}): Promise<ContactPage> {
  const after = decode(pairKey, opts.cursor);
  const range = after === undefined ? IDBKeyRange.lowerBound([-Infinity]) : IDBKeyRange.bound([-Infinity], after, false, true);
  return collect(db, 'byAllowListed', range, 'prev', opts.limit ?? DEFAULT_LIMIT);
}
