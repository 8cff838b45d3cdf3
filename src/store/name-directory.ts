// Contacts in name order, held by the worker for name search. A byName index cost every contact
// write one more index entry, and Chromium's IndexedDB spends about as much on an index entry as
// a 30,000-row import can spare (a sixth of it). Like the alias map, only a cache: built by one
// read pass on the first search (the popup asks for one when its search box gets focus), kept in
// step by every Writer commit, dropped by every other write that adds, removes or renames
// contacts (restage changes stages only). Search re-reads the rows it returns, so a stale entry
// can only ever hide a row, never show a wrong one.
import type { GkDb } from './schema.js';

/** [nameLower, id]: the key the byName index had, and the search cursor's shape. */
export type NameKey = readonly [string, string];
/** A contact's new name key part (undefined: the contact is gone). */
type NameChange = readonly [id: string, nameLower: string | undefined];

interface Directory {
  /** id → nameLower */
  names: Map<string, string>;
  /** Every entry in key order, sorted on demand after changes. */
  sorted: NameKey[] | undefined;
}

interface State {
  built?: Directory;
  building: Promise<Directory>;
  /** Changes noted while the first pass reads (applied over its snapshot, in order). */
  pending: NameChange[];
}

const states = new WeakMap<GkDb, State>();
/** Rows per read while building: bounded memory, and other requests get turns in between. */
const READ_CHUNK = 500;

function compareNameKeys(a: NameKey, b: NameKey): number {
  // IndexedDB orders strings by UTF-16 code units, as JS's < does.
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

export function dropNameDirectory(db: GkDb): void {
  states.delete(db);
}

/** A commit's contacts, issued: the directory (if any) follows them now. */
export function noteNameChanges(db: GkDb, deleted: Iterable<string>, stored: Iterable<{ id: string; nameLower: string }>): void {
  const state = states.get(db);
  if (!state) return;
  const changes: NameChange[] = [...[...deleted].map((id): NameChange => [id, undefined]), ...[...stored].map((row): NameChange => [row.id, row.nameLower])];
  if (changes.length === 0) return;
  if (state.built) apply(state.built, changes);
  else state.pending.push(...changes);
}

function apply(dir: Directory, changes: readonly NameChange[]): void {
  for (const [id, name] of changes) {
    if (name === undefined) dir.names.delete(id);
    else dir.names.set(id, name);
  }
  dir.sorted = undefined;
}

async function readNames(db: GkDb): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const store = db.transaction('contacts').store;
  let after: string | undefined;
  for (;;) {
    const rows = await store.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), READ_CHUNK);
    for (const row of rows) names.set(row.id, row.nameLower);
    if (rows.length < READ_CHUNK) return names;
    after = rows[rows.length - 1]!.id;
  }
}

function directoryOf(db: GkDb): Promise<Directory> {
  const current = states.get(db);
  if (current) return current.built ? Promise.resolve(current.built) : current.building;
  const state: State = {
    pending: [],
    building: readNames(db).then(
      (names) => {
        const dir: Directory = { names, sorted: undefined };
        apply(dir, state.pending);
        state.pending = [];
        // Dropped meanwhile: this pass may predate the drop; the next search reads afresh.
        if (states.get(db) === state) state.built = dir;
        return dir;
      },
      (error: unknown) => {
        if (states.get(db) === state) states.delete(db);
        throw error;
      },
    ),
  };
  states.set(db, state);
  return state.building;
}

function sortedOf(dir: Directory): NameKey[] {
  dir.sorted ??= [...dir.names].map(([id, name]): NameKey => [name, id]).sort(compareNameKeys);
  return dir.sorted;
}

/** First index whose key is after `key` (or at it, when `inclusive`). */
function seek(sorted: readonly NameKey[], key: NameKey, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareNameKeys(sorted[mid]!, key);
    if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Up to `limit` keys whose name starts with `prefix` (lower-cased), after `after` when given, in
 * key order; `more` tells whether another matches past them.
 */
export async function namesStartingWith(db: GkDb, prefix: string, after: NameKey | undefined, limit: number): Promise<{ keys: NameKey[]; more: boolean }> {
  const sorted = sortedOf(await directoryOf(db));
  // The bounds the index range had: [prefix] … [prefix + '\uffff'].
  const end = prefix + '\uffff';
  const first: NameKey = [prefix, ''];
  const keys: NameKey[] = [];
  for (let i = after && compareNameKeys(after, first) >= 0 ? seek(sorted, after, false) : seek(sorted, first, true); i < sorted.length; i++) {
    const key = sorted[i]!;
    if (key[0] >= end) break;
    if (keys.length === limit) return { keys, more: true };
    keys.push(key);
  }
  return { keys, more: false };
}
