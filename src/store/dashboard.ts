// The popup's one round trip: everything from index counts and bounded index reads.
import { addLocalDays } from '../core/dates.js';
import type { DashboardResponse } from '../messages.js';
import type { GkDb } from './schema.js';
import { readPipeline, STAGES } from './pipeline.js';
import { contactItem } from './views.js';
import { dueCount, dueReminders, withContacts } from './reminders.js';

const LIST = 50;
const HIGH: [] = [];

export async function dashboard(db: GkDb, now: number): Promise<DashboardResponse> {
  const heldRanges = (['due', 'snoozed'] as const).map((status) => IDBKeyRange.bound(['held-pitch', status, -Infinity], ['held-pitch', status, Infinity]));
  const weekStart = addLocalDays(now, -6);
  const newRange = IDBKeyRange.bound([weekStart], [HIGH]);

  const [count, due, heldRows, heldCounts, newRows, newCount, pipeline] = await Promise.all([
    dueCount(db, now),
    dueReminders(db, now, LIST),
    Promise.all(heldRanges.map((r) => db.getAllFromIndex('reminders', 'byKindStatusDue', r, LIST))),
    Promise.all(heldRanges.map((r) => db.countFromIndex('reminders', 'byKindStatusDue', r))),
    (async () => {
      const rows = [];
      let cursor = await db.transaction('contacts').store.index('byConnected').openCursor(newRange, 'prev');
      while (cursor && rows.length < LIST) {
        rows.push(cursor.value);
        cursor = await cursor.continue();
      }
      return rows;
    })(),
    db.countFromIndex('contacts', 'byConnected', newRange),
    readPipeline(db),
  ]);
  const held = heldRows
    .flat()
    .sort((a, b) => a.due - b.due)
    .slice(0, LIST);
  return {
    now,
    dueCount: count,
    due,
    held: await withContacts(db, held),
    heldCount: heldCounts[0]! + heldCounts[1]!,
    newConnections: newRows.map(contactItem),
    newConnectionsCount: newCount,
    pipeline,
    totalContacts: STAGES.reduce((sum, s) => sum + pipeline[s], 0),
  };
}
