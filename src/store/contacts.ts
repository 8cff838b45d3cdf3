// Identity: find the one record behind any alias, create it, or merge the records two aliases
// turn out to share (a slug seen first, a member id later, then a page showing both).
import type { ProfileAlias } from '../core/profile-url.js';
import type { Degree } from '../messages.js';
import type { ContactRow, ReminderRow } from './records.js';
import { storedEventsOf } from './schema.js';
import { newId } from './ids.js';
import type { Writer } from './writer.js';

export interface ContactRefLike {
  aliases: readonly string[];
  name?: string | undefined;
}

function newContact(id: string, aliases: ProfileAlias[], now: number): ContactRow {
  return { id, aliases, nameLower: '', connectedSort: 0, allowListed: false, stage: 'stranger', created: now, updated: now };
}

function setName(row: ContactRow, name: string | undefined): void {
  const trimmed = name?.trim();
  if (!trimmed) return;
  row.name = trimmed;
  row.nameLower = trimmed.toLowerCase();
}

/** The one contact behind a ref: found, created, or merged from several. */
export async function resolveContact(w: Writer, ref: ContactRefLike): Promise<ContactRow> {
  const aliases = [...new Set(ref.aliases)] as ProfileAlias[];
  const found: ContactRow[] = [];
  for (const alias of aliases) {
    const row = await w.contactByAlias(alias);
    if (row && !found.includes(row)) found.push(row);
  }
  let row: ContactRow;
  if (found.length === 0) {
    row = w.adopt(newContact(newId('c'), aliases, w.now));
  } else {
    // The oldest record survives, so ids already shown to pages stay valid as long as possible.
    found.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
    row = found[0]!;
    for (const other of found.slice(1)) await absorb(w, row, other);
    const missing = aliases.filter((a) => !row.aliases.includes(a));
    if (missing.length > 0) row.aliases = [...row.aliases, ...missing];
    w.claimAliases(row);
  }
  setName(row, ref.name);
  return row;
}

const DEGREE_RANK: Record<Degree, number> = { '1st': 5, pending: 4, 'invited-you': 3, '2nd': 2, '3rd': 1, out: 0 };
/** User decisions outrank plans: a done step stays done after a merge. */
const STATUS_RANK: Record<ReminderRow['status'], number> = { done: 3, dismissed: 3, snoozed: 2, due: 1 };

/** Moves everything of `other` onto `survivor`: aliases, events (deduped by key), reminders. */
async function absorb(w: Writer, survivor: ContactRow, other: ContactRow): Promise<void> {
  w.unfresh(survivor.id, other.id);
  const stored = await storedEventsOf(w.tx.objectStore('events'), other.id);
  const events = [...(other.facts ?? []), ...stored];
  await w.addEvents(events.map((e) => ({ ...e, id: `${survivor.id}|${e.key}`, contactId: survivor.id })));
  // The facts in other's row go with the row.
  for (const e of stored) w.delete('events', e.id, e);
  const reminders = await w.tx.objectStore('reminders').index('contactId').getAll(other.id);
  for (const r of reminders) {
    const moved: ReminderRow = { ...r, id: survivor.id + r.id.slice(other.id.length), contactId: survivor.id, updated: w.now };
    const clash = await w.tx.objectStore('reminders').get(moved.id);
    if (!clash || STATUS_RANK[moved.status] > STATUS_RANK[clash.status]) w.put('reminders', moved, clash);
    w.delete('reminders', r.id, r);
  }
  survivor.aliases = [...new Set([...survivor.aliases, ...other.aliases])];
  if (!survivor.name && other.name) setName(survivor, other.name);
  survivor.headline ??= other.headline;
  if (other.degree && (!survivor.degree || DEGREE_RANK[other.degree] > DEGREE_RANK[survivor.degree])) survivor.degree = other.degree;
  if (other.allowListed && !survivor.allowListed) {
    survivor.allowListed = true;
    survivor.allowListedAt = other.allowListedAt ?? w.now;
  }
  survivor.created = Math.min(survivor.created, other.created);
  w.dropContact(other.id, survivor.id);
}
