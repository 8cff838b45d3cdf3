// Stages depend on settings.minWarmTouches. When it changes, every contact's denormalised stage
// is recomputed in slices (one transaction each), with progress in meta so a worker stopped
// half-way resumes on its next wake instead of starting over or leaving stale stages behind.
import { unwrap } from 'idb';
import type { Settings } from '../core/types.js';
import { isPipeline, PIPELINE_KEY, shift } from './pipeline.js';
import { applySummary, summaryOf, toRelEvent } from './refresh.js';
import { ALL_STORES, eventsOfContact, type GkDb } from './schema.js';

const PROGRESS = 'restage';
const SLICE = 500;

/** Marks every contact for re-staging (from the first one). */
export async function requestRestage(db: GkDb): Promise<void> {
  await db.put('meta', { key: PROGRESS, value: '' });
}

/** Re-stages one slice after the saved position; returns false when nothing is left to do. */
export async function restageSlice(db: GkDb, settings: Settings, now: number, slice = SLICE): Promise<boolean> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const meta = tx.objectStore('meta');
  const after = (await meta.get(PROGRESS))?.value;
  if (typeof after !== 'string') {
    await tx.done;
    return false;
  }
  const contacts = tx.objectStore('contacts');
  const rows = await contacts.getAll(IDBKeyRange.lowerBound(after, true), slice);
  const facts = await Promise.all(rows.map((r) => eventsOfContact(tx.objectStore('events'), r)));
  const stored = (await meta.get(PIPELINE_KEY))?.value;
  const pipeline = isPipeline(stored) ? { ...stored } : undefined;
  rows.forEach((row, i) => {
    const events = facts[i]!.map(toRelEvent);
    const summary = summaryOf(row, events, now, settings);
    if (summary.stage === row.stage) return;
    if (pipeline) shift(pipeline, row.stage, summary.stage);
    applySummary(row, summary, events, row.updated);
    unwrap(contacts).put(row);
  });
  // Raw requests: a failure aborts the transaction, and tx.done reports it.
  if (pipeline) unwrap(meta).put({ key: PIPELINE_KEY, value: pipeline });
  const last = rows.at(-1);
  if (rows.length < slice || !last) unwrap(meta).delete(PROGRESS);
  else unwrap(meta).put({ key: PROGRESS, value: last.id });
  await tx.done;
  return rows.length === slice;
}
