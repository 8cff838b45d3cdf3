// The popup's one round trip: everything from index counts and bounded index reads.
import { addLocalDays } from '../core/dates.js';
import type { DashboardResponse } from '../messages.js';
import { countByConnected, readByConnected, type ConnectedBounds } from './by-connected.js';
import type { GkDb } from './schema.js';
import { readPipeline, STAGES } from './pipeline.js';
import { contactItem } from './views.js';
import { dueCount, dueReminders, withContacts } from './reminders.js';

const LIST = 50;

export async function dashboard(db: GkDb, now: number): Promise<DashboardResponse> {
  const heldRanges = (['due', 'snoozed'] as const).map((status) => IDBKeyRange.bound(['held-pitch', status, -Infinity], ['held-pitch', status, Infinity]));
  const weekStart = addLocalDays(now, -6);
  const thisWeek: ConnectedBounds = { lower: { key: [weekStart], open: false } };

  const [count, due, heldRows, heldCounts, newRows, newCount, pipeline] = await Promise.all([
    dueCount(db, now),
    dueReminders(db, now, LIST),
    Promise.all(heldRanges.map((r) => db.getAllFromIndex('reminders', 'byKindStatusDue', r, LIST))),
    Promise.all(heldRanges.map((r) => db.countFromIndex('reminders', 'byKindStatusDue', r))),
    readByConnected(db, thisWeek, 'prev', LIST).then((r) => r.rows),
    countByConnected(db, thisWeek),
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
