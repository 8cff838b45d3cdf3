// LinkedIn export imports as runs: begin → batch* → finish | abort.
//
// Design: every batch writes straight into the store (one transaction each, so the guard sees
// imported history at once and memory stays flat) and journals what abort needs: the
// before-image of every row that existed before the run, once per row per run, and per batch one
// list of the contacts it created and one of the facts it added to older contacts. Finish drops
// the journal; abort replays it in one transaction: created rows go (a created contact's events
// and reminders by index), changed rows come back exactly as they were before the run.
import { unwrap } from 'idb';
import type { ImportBatchResponse, ImportRecord, ImportRunSummary } from '../messages.js';
import { aliasMapOf, dropAliasMap, loadAliasMap } from './alias-map.js';
import { dropContactCaches } from './contact-caches.js';
import { resolveContact } from './contacts.js';
import { isPipeline, PIPELINE_KEY, shift } from './pipeline.js';
import type { ContactRow, EventRow, ReminderRow } from './records.js';
import { applySummary, summaryOf, toRelEvent } from './refresh.js';
import { ALL_STORES, eventsOfContact, storedEventsOf, type GkDb, type JournalRow } from './schema.js';
import type { Settings } from '../core/types.js';
import { write, type Written } from './write.js';
import { newId } from './ids.js';
import type { RwTx } from './writer.js';

const ACTIVE = 'import:active';
const runKey = (runId: string): string => `import:${runId}`;
const journalRange = (runId: string): IDBKeyRange => IDBKeyRange.bound(`${runId}|`, `${runId}|\uffff`);

function isRun(x: unknown): x is ImportRunSummary {
  return typeof x === 'object' && x !== null && typeof (x as ImportRunSummary).runId === 'string';
}

/** Starts a run; an unfinished earlier run (a closed options page) is undone first. */
export async function beginImport(db: GkDb, now: number, settings: Settings, label?: string): Promise<{ runId: string; abortedRun?: string }> {
  const active = (await db.get('meta', ACTIVE))?.value;
  let abortedRun: string | undefined;
  if (typeof active === 'string') {
    await abortImport(db, active, now, settings);
    abortedRun = active;
  }
  // Each run builds its alias map afresh in its first batch.
  dropAliasMap(db);
  const run: ImportRunSummary = { runId: newId('run'), status: 'active', startedAt: now, batches: 0, records: 0, added: 0, created: 0, ...(label ? { label } : {}) };
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.put({ key: runKey(run.runId), value: run }), tx.store.put({ key: ACTIVE, value: run.runId }), tx.done]);
  return abortedRun ? { runId: run.runId, abortedRun } : { runId: run.runId };
}

/** Per database, the last import batch to have started: the next one waits for it to issue its writes. */
const lastBatch = new WeakMap<GkDb, Promise<void>>();

/**
 * Waits until the batch before has issued its writes (and told the alias map); returns the
 * release for this one. Batches then overlap: one is resolved and issued while the one before
 * it commits (Chromium's IndexedDB runs the two transactions in order). A new transaction is
 * opened only after the wait: it must be created in the task that uses it.
 */
async function batchTurn(db: GkDb): Promise<() => void> {
  const before = lastBatch.get(db);
  let release!: () => void;
  lastBatch.set(db, new Promise<void>((resolve) => (release = resolve)));
  await before;
  return release;
}

export async function importBatch(
  db: GkDb,
  ctx: { now: number; settings: Settings },
  runId: string,
  records: readonly ImportRecord[],
): Promise<Written<ImportBatchResponse>> {
  const release = await batchTurn(db);
  try {
    return await write(db, { ...ctx, runId, onIssued: release }, async (w) => {
      const meta = w.tx.objectStore('meta');
      // Read now, awaited last (see Writer.defer): it waits for the batch before to commit.
      const stored = meta.get(runKey(runId)).then((row) => row?.value);
      w.openRun(stored.then((run) => (isRun(run) ? run.startedAt : -Infinity)));
      // The run's first batch (or the first after a worker restart) builds the map in one pass.
      w.useAliasMap(aliasMapOf(db) ?? (await loadAliasMap(db, w.tx)));
      const createdBefore = w.created;
      await w.prefetch(records.flatMap((r) => r.aliases));
      const rows: EventRow[] = [];
      for (const record of records) {
        const row = await resolveContact(w, record);
        if (!row.headline) {
          const headline = [record.position, record.company].filter(Boolean).join(' at ');
          if (headline) row.headline = headline.slice(0, 500);
        }
        for (const e of record.events) rows.push({ ...e, id: `${row.id}|${e.key}`, contactId: row.id });
      }
      // A later record may have merged an earlier one's contact away: file its facts under the survivor.
      const added = await w.addEvents(
        rows.map((e) => {
          const owner = w.survivorOf(e.contactId);
          return owner === e.contactId ? e : { ...e, id: `${owner}|${e.key}`, contactId: owner };
        }),
      );
      const created = w.created - createdBefore;
      w.defer(
        stored.then((run) => {
          // A run ended meanwhile (finish, abort, a newer begin) fails the batch: nothing of it is stored.
          if (!isRun(run) || run.status !== 'active') throw new Error('This import run is not active');
          const next: ImportRunSummary = { ...run, batches: run.batches + 1, records: run.records + records.length, added: run.added + added, created: run.created + created };
          unwrap(meta).put({ key: runKey(runId), value: next });
        }),
      );
      return { records: records.length, added, created };
    });
  } finally {
    release();
  }
}

async function endRun(db: GkDb, runId: string, now: number, undo: boolean, settings: Settings): Promise<ImportRunSummary> {
  // The run no longer needs the alias map, and undoing it changes contacts behind the caches' back.
  dropContactCaches(db);
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const meta = tx.objectStore('meta');
  const run = (await meta.get(runKey(runId)))?.value;
  if (!isRun(run) || run.status !== 'active') {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('This import run is not active');
  }
  if (undo) await undoJournal(tx, await tx.objectStore('journal').getAll(journalRange(runId)), now, settings);
  const done: ImportRunSummary = { ...run, status: undo ? 'aborted' : 'finished', endedAt: now };
  await Promise.all([meta.put({ key: runKey(runId), value: done }), tx.objectStore('journal').delete(journalRange(runId))]);
  if ((await meta.get(ACTIVE))?.value === runId) await meta.delete(ACTIVE);
  await tx.done;
  return done;
}

export function finishImport(db: GkDb, runId: string, now: number, settings: Settings): Promise<ImportRunSummary> {
  return endRun(db, runId, now, false, settings);
}

export function abortImport(db: GkDb, runId: string, now: number, settings: Settings): Promise<ImportRunSummary> {
  return endRun(db, runId, now, true, settings);
}

/**
 * Rows the run created are deleted, rows it changed get their before-image back. Contacts are
 * all removed before any is put back, so the unique alias index never sees two owners. Facts
 * recorded by pages during the run stay; restored contacts get their stage recomputed from them.
 * Every read is issued at once (a whole run's journal can name 30,000 contacts).
 */
async function undoJournal(tx: RwTx, entries: JournalRow[], now: number, settings: Settings): Promise<void> {
  const contacts = tx.objectStore('contacts');
  const events = tx.objectStore('events');
  const reminders = tx.objectStore('reminders');
  const writes: Promise<unknown>[] = [];
  const restored: ContactRow[] = [];
  const removed = new Set<string>();
  const added: string[] = [];
  for (const e of entries) {
    if (e.store === 'added-events') {
      added.push(...e.keys);
    } else if (e.store === 'created') {
      for (const key of e.keys) removed.add(key);
    } else if (e.store === 'contacts') {
      if (e.before) restored.push(e.before as ContactRow);
      else removed.add(e.key);
    } else if (e.store === 'events') {
      writes.push(e.before ? events.put(e.before as EventRow) : events.delete(e.key));
    } else {
      writes.push(e.before ? reminders.put(e.before as ReminderRow) : reminders.delete(e.key));
    }
  }
  const meta = tx.objectStore('meta');
  const stored = (await meta.get(PIPELINE_KEY))?.value;
  const pipeline = isPipeline(stored) ? { ...stored } : undefined;
  // The run's own contacts are never put back, whatever else the journal says of them.
  const restoring = restored.filter((row) => !removed.has(row.id));
  const gone = [...new Set([...removed, ...restoring.map((r) => r.id)])];
  const [current, ownEvents, ownReminders] = await Promise.all([
    pipeline ? Promise.all(gone.map((id) => contacts.get(id))) : [],
    // Facts in a removed row go with it: only its events rows need deleting.
    Promise.all([...removed].map(async (id) => (await storedEventsOf(events, id)).map((e) => e.id))),
    Promise.all([...removed].map((id) => reminders.index('contactId').getAllKeys(id))),
  ]);
  if (pipeline) for (const row of current) if (row) shift(pipeline, row.stage, undefined);
  for (const id of gone) writes.push(contacts.delete(id));
  // A contact the run created may have gathered page-observed facts since: they go with it.
  for (const key of ownEvents.flat()) writes.push(events.delete(key));
  for (const key of ownReminders.flat()) writes.push(reminders.delete(key));
  // Facts the run added did not exist before it, whatever happened to them since: they go last.
  for (const key of added) writes.push(events.delete(key));
  const facts = await Promise.all(restoring.map((row) => eventsOfContact(events, row)));
  restoring.forEach((row, i) => {
    const rel = facts[i]!.map(toRelEvent);
    applySummary(row, summaryOf(row, rel, now, settings), rel, row.updated);
    writes.push(contacts.put(row));
    if (pipeline) shift(pipeline, undefined, row.stage);
  });
  if (pipeline) writes.push(meta.put({ key: PIPELINE_KEY, value: pipeline }));
  await Promise.all(writes);
}
