// Contacts per stage, kept as one meta row that every contact write adjusts in its own
// transaction. Chromium counts an index range by walking it (≈ 1 s for 30,000 contacts), too
// slow for the popup; the row answers at once. A missing row is rebuilt by counting.
import type { Stage } from '../core/types.js';
import type { GkDb } from './schema.js';

export const PIPELINE_KEY = 'pipeline';
export const STAGES: readonly Stage[] = ['stranger', 'pending', 'new', 'warming', 'warm'];
export type Pipeline = Record<Stage, number>;

export function emptyPipeline(): Pipeline {
  return { stranger: 0, pending: 0, new: 0, warming: 0, warm: 0 };
}

export function isPipeline(x: unknown): x is Pipeline {
  return typeof x === 'object' && x !== null && STAGES.every((s) => Number.isInteger((x as Pipeline)[s]) && (x as Pipeline)[s] >= 0);
}

/** One contact moved from one stage to another (undefined: it did not exist / no longer does). */
export function shift(p: Pipeline, from: Stage | undefined, to: Stage | undefined): void {
  if (from === to) return;
  if (from) p[from]--;
  if (to) p[to]++;
}

/** The exact counts, the slow way: one index count per stage. */
export async function countPipeline(db: GkDb): Promise<Pipeline> {
  const tx = db.transaction('contacts');
  const counts = await Promise.all(STAGES.map((s) => tx.store.index('byStage').count(IDBKeyRange.bound([s], [s, []]))));
  return Object.fromEntries(STAGES.map((s, i) => [s, counts[i]])) as Pipeline;
}

export async function readPipeline(db: GkDb): Promise<Pipeline> {
  const stored = (await db.get('meta', PIPELINE_KEY))?.value;
  if (isPipeline(stored)) return stored;
  const counted = await countPipeline(db);
  await db.put('meta', { key: PIPELINE_KEY, value: counted });
  return counted;
}
