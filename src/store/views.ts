// Stored rows → what pages show (ContactListItem, ReminderView).
import type { ContactListItem, ReminderView } from '../messages.js';
import type { ContactRow, ReminderRow } from './records.js';

const LINKEDIN = 'https://www.linkedin.com/';

/** The profile page of a contact: its vanity slug when known, else its member id (LinkedIn resolves both). */
export function profileUrl(aliases: readonly string[]): string | undefined {
  const slug = aliases.find((a) => a.startsWith('slug:'));
  const member = aliases.find((a) => a.startsWith('member:'));
  const id = slug ? slug.slice(5) : member?.slice(7);
  return id ? `${LINKEDIN}in/${encodeURIComponent(id)}/` : undefined;
}

/** Only LinkedIn pages may be opened from a reminder: stored URLs are re-checked before use. */
export function safeLinkedInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.origin === 'https://www.linkedin.com' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function contactItem(row: ContactRow): ContactListItem {
  const item: ContactListItem = { id: row.id, stage: row.stage, allowListed: row.allowListed };
  if (row.name) item.name = row.name;
  if (row.headline) item.headline = row.headline;
  if (row.connectedOn !== undefined) item.connectedOn = row.connectedOn;
  if (row.connectedPrecision) item.connectedPrecision = row.connectedPrecision;
  if (row.degree) item.degree = row.degree;
  const url = profileUrl(row.aliases);
  if (url) item.profileUrl = url;
  return item;
}

export function reminderView(r: ReminderRow, contact: ContactRow | undefined): ReminderView {
  const view: ReminderView = { id: r.id, contactId: r.contactId, kind: r.kind, due: r.due, status: r.status, stage: contact?.stage ?? 'stranger' };
  if (r.draft !== undefined) view.draft = r.draft;
  const thread = safeLinkedInUrl(r.threadUrl);
  if (thread) view.threadUrl = thread;
  if (contact?.name) view.contactName = contact.name;
  const url = contact && profileUrl(contact.aliases);
  if (url) view.profileUrl = url;
  return view;
}
