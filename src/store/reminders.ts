// Reminders: what is due (by the [status, due] index, never a scan), the user's actions, and
// the alarm's job of bringing snoozed ones back.
import { addLocalDays } from '../core/dates.js';
import type { ReminderView } from '../messages.js';
import type { ContactRow, ReminderRow } from './records.js';
import type { GkDb } from './schema.js';
import { reminderView } from './views.js';

function dueRange(now: number): IDBKeyRange {
  return IDBKeyRange.bound(['due', -Infinity], ['due', now]);
}

/** What the badge shows: an index count. */
export async function dueCount(db: GkDb, now: number): Promise<number> {
  return db.countFromIndex('reminders', 'byStatusDue', dueRange(now));
}

/** Due reminders, oldest first, with their contacts. */
export async function dueReminders(db: GkDb, now: number, limit = 50): Promise<ReminderView[]> {
  const rows = await db.getAllFromIndex('reminders', 'byStatusDue', dueRange(now), limit);
  return withContacts(db, rows);
}

export async function withContacts(db: GkDb, rows: ReminderRow[]): Promise<ReminderView[]> {
  const tx = db.transaction('contacts');
  const ids = [...new Set(rows.map((r) => r.contactId))];
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  const contacts = new Map<string, ContactRow | undefined>(ids.map((id, i) => [id, found[i]]));
  return rows.map((r) => reminderView(r, contacts.get(r.contactId)));
}

export type ReminderAction = { action: 'done' | 'dismiss' } | { action: 'snooze'; days: number };

/** Snoozing moves the reminder to local midnight `days` days from today. */
export async function actOnReminder(db: GkDb, id: string, act: ReminderAction, now: number): Promise<ReminderView> {
  const tx = db.transaction(['reminders', 'contacts'], 'readwrite');
  const row = await tx.objectStore('reminders').get(id);
  if (!row) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('No such reminder');
  }
  const next: ReminderRow =
    act.action === 'snooze'
      ? { ...row, status: 'snoozed', due: addLocalDays(now, act.days), updated: now }
      : { ...row, status: act.action === 'done' ? 'done' : 'dismissed', updated: now };
  await tx.objectStore('reminders').put(next);
  const contact = await tx.objectStore('contacts').get(row.contactId);
  await tx.done;
  return reminderView(next, contact);
}

/** Snoozed reminders whose day has come are due again. Returns how many woke. */
export async function wakeSnoozed(db: GkDb, now: number): Promise<number> {
  const tx = db.transaction('reminders', 'readwrite');
  const index = tx.store.index('byStatusDue');
  const woken = await index.getAll(IDBKeyRange.bound(['snoozed', -Infinity], ['snoozed', now]));
  for (const r of woken) await tx.store.put({ ...r, status: 'due', updated: now });
  await tx.done;
  return woken.length;
}

/** Reminders that became due in (since, now]: what a notification announces. */
export async function newlyDue(db: GkDb, since: number, now: number, limit = 20): Promise<ReminderView[]> {
  if (now <= since) return [];
  const rows = await db.getAllFromIndex('reminders', 'byStatusDue', IDBKeyRange.bound(['due', since], ['due', now], true, false), limit);
  return withContacts(db, rows);
}

export async function reminderById(db: GkDb, id: string): Promise<ReminderView | undefined> {
  const row = await db.get('reminders', id);
  return row ? (await withContacts(db, [row]))[0] : undefined;
}
