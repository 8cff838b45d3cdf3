// Shared by the store tests: a fresh fake-indexeddb database per test, and fixed clocks.
import 'fake-indexeddb/auto';
import { DEFAULT_SETTINGS, type RelEvent, type Settings } from '../../../src/core/types.js';
import { exportBackup, openStore, type GkDb, type Migration } from '../../../src/store/index.js';
import { countPipeline } from '../../../src/store/pipeline.js';

let n = 0;
export const NOW = new Date(2026, 2, 10, 12, 0, 0).getTime();
export const DAY = 86_400_000;

export function fresh(migrations?: readonly Migration[]): Promise<GkDb> {
  return openStore({ name: `test-${++n}-${Math.random()}`, ...(migrations ? { migrations } : {}) });
}

export function ctx(now = NOW, settings: Settings = DEFAULT_SETTINGS) {
  return { now, settings };
}

export const sent = (key: string, at: number, pitch = false): RelEvent => ({ kind: 'message-sent', at, source: 'observed', key, pitch });
export const received = (key: string, at: number): RelEvent => ({ kind: 'message-received', at, source: 'observed', key });
export const connected = (at: number, source: RelEvent['source'] = 'observed', precision: RelEvent['precision'] = 'day'): RelEvent => ({
  kind: 'connected',
  at,
  source,
  key: `c:${source}`,
  precision,
});

/**
 * Everything in the store, for "nothing changed" comparisons. Also checks the denormalised
 * pipeline counts against real index counts, so every test that snapshots proves they agree.
 */
export async function snapshot(db: GkDb) {
  const kept = (await db.get('meta', 'pipeline'))?.value;
  const counted = await countPipeline(db);
  if (JSON.stringify(kept) !== JSON.stringify(counted)) throw new Error(`pipeline drifted: kept ${JSON.stringify(kept)}, counted ${JSON.stringify(counted)}`);
  const { contacts, events, reminders } = await exportBackup(db, 0, DEFAULT_SETTINGS);
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { contacts: byId(contacts), events: byId(events), reminders: byId(reminders) };
}
