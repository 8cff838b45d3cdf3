// The warm-up cadence changed: reminders not shown yet follow it. Each planned step moves to its
// new day (shown at once if that day has passed) and steps taken out of the cadence are dropped;
// the refresh every write ends with plans the steps put in and closes shown or snoozed steps the
// cadence no longer has. Reminders already shown keep their day; held pitches are not cadence
// steps. Only contacts connected within the longer of the two cadences can hold planned steps or
// gain new ones, so only they are read: one write, however large the store.
import { addLocalDays } from '../core/dates.js';
import type { Settings } from '../core/types.js';
import { readByConnected } from './by-connected.js';
import type { GkDb } from './schema.js';
import { write, type Written } from './write.js';

const lastDay = (s: Settings): number => Math.max(0, ...s.cadence.map((step) => step.day));

/** Whether two settings plan different cadences (the order steps are listed in does not matter). */
export function cadenceDiffers(a: Settings, b: Settings): boolean {
  const key = (s: Settings): string => JSON.stringify([...s.cadence].sort((x, y) => x.day - y.day || (x.kind < y.kind ? -1 : 1)));
  return key(a) !== key(b);
}

/** Re-plans under `next.cadence`; the value is how many planned reminders moved or went. */
export async function replanCadence(db: GkDb, now: number, previous: Settings, next: Settings): Promise<Written<number>> {
  const since = addLocalDays(now, -(Math.max(lastDay(previous), lastDay(next)) + 1));
  const { rows } = await readByConnected(db, { lower: { key: [since], open: false } }, 'next', Number.MAX_SAFE_INTEGER);
  const dayOf = new Map(next.cadence.map((step) => [step.kind, step.day]));
  return write(db, { now, settings: next }, async (w) => {
    let changed = 0;
    for (const { id } of rows) {
      const row = await w.contact(id);
      if (row?.connectedOn === undefined) continue;
      for (const r of await w.remindersOf(id)) {
        if (r.kind === 'held-pitch' || r.status !== 'due' || r.due <= now) continue;
        const day = dayOf.get(r.kind);
        const due = day === undefined ? undefined : addLocalDays(row.connectedOn, day);
        if (due === r.due) continue;
        if (due === undefined) w.delete('reminders', r.id, r);
        else w.put('reminders', { ...r, due, updated: now }, r);
        changed++;
      }
    }
    return changed;
  });
}
