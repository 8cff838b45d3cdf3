// One contact for the options page: record, summary, newest events, reminders.
import type { Settings } from '../core/types.js';
import type { ContactDetailResponse } from '../messages.js';
import { summaryOf, toRelEvent } from './refresh.js';
import { eventsOfContact, type GkDb } from './schema.js';
import { contactItem, reminderView } from './views.js';

const EVENTS = 200;

export async function contactDetail(db: GkDb, contactId: string, now: number, settings: Settings): Promise<ContactDetailResponse> {
  const tx = db.transaction(['contacts', 'events', 'reminders']);
  const row = await tx.objectStore('contacts').get(contactId);
  if (!row) throw new Error('No such contact');
  const all = (await eventsOfContact(tx.objectStore('events'), row)).map(toRelEvent);
  const reminders = await tx.objectStore('reminders').index('contactId').getAll(contactId);
  return {
    contact: { ...contactItem(row), aliases: row.aliases, created: row.created, updated: row.updated },
    summary: summaryOf(row, all, now, settings),
    events: all.slice(-EVENTS).reverse(),
    eventCount: all.length,
    reminders: reminders.sort((a, b) => a.due - b.due).map((r) => reminderView(r, row)),
  };
}
