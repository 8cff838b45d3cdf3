// The worker's contact operations. Each write is one transaction (see write.ts); reads use
// indexes and load one contact's rows at most.
import { planWarmUp } from '../core/cadence.js';
import { localMidnight } from '../core/dates.js';
import { connectedKey, hashText } from '../core/event-keys.js';
import type { ProfileAlias } from '../core/profile-url.js';
import type { RelEvent, Settings } from '../core/types.js';
import type { ContactSummaryResponse, Degree } from '../messages.js';
import { resolveContact, type ContactRefLike } from './contacts.js';
import type { ContactRow, ReminderRow } from './records.js';
import { summaryOf, toRelEvent } from './refresh.js';
import { eventsOfContact, type GkDb } from './schema.js';
import { safeLinkedInUrl } from './views.js';
import { write, type Written } from './write.js';
import type { WriteContext, Writer } from './writer.js';

export async function findContactByAlias(db: GkDb, alias: ProfileAlias): Promise<ContactRow | undefined> {
  return db.getFromIndex('contacts', 'aliases', alias);
}

/** Finds, creates or merges the contact a ref names; stores name/headline/degree when given. */
export async function upsertContact(
  db: GkDb,
  ctx: WriteContext,
  ref: ContactRefLike,
  patch: { headline?: string | undefined; degree?: Degree | undefined } = {},
): Promise<Written<ContactRow>> {
  return write(db, ctx, async (w) => {
    const row = await resolveContact(w, ref);
    if (patch.headline?.trim()) row.headline = patch.headline.trim();
    if (patch.degree) row.degree = patch.degree;
    return row;
  });
}

function addEvents(w: Writer, contactId: string, events: readonly RelEvent[]): Promise<number> {
  return w.addEvents(events.map((e) => ({ ...e, id: `${contactId}|${e.key}`, contactId })));
}

/** Idempotent: a fact (dedupe key) already stored for this contact is not stored again. */
export async function recordEvents(db: GkDb, ctx: WriteContext, ref: ContactRefLike, events: readonly RelEvent[]): Promise<Written<{ contactId: string; added: number }>> {
  return write(db, ctx, async (w) => {
    const row = await resolveContact(w, ref);
    return { contactId: row.id, added: await addEvents(w, row.id, events) };
  });
}

/**
 * A profile page's view of a person. A 1st degree after a pending invitation means they
 * accepted since we last looked: that is recorded as "connected", precise to the day when we
 * looked within the last day, else to the week. A 1st degree with no invitation on record is
 * an old connection of unknown date, and stays only a degree (the summary says "connected").
 */
export async function observeContact(
  db: GkDb,
  ctx: WriteContext,
  ref: ContactRefLike,
  seen: { headline?: string | undefined; degree?: Degree | undefined },
): Promise<Written<{ contactId: string; connectedRecorded: boolean }>> {
  return write(db, ctx, async (w) => {
    const row = await resolveContact(w, ref);
    const wasPending = row.degree === 'pending' || row.degree === 'invited-you';
    if (seen.headline?.trim()) row.headline = seen.headline.trim();
    if (seen.degree) row.degree = seen.degree;
    let connectedRecorded = false;
    if (seen.degree === '1st') {
      const events = await w.eventsOf(row.id);
      const invited = events.some((e) => e.kind === 'invited' || e.kind === 'invite-received');
      const connected = events.some((e) => e.kind === 'connected');
      if (!connected && (wasPending || invited)) {
        const recent = w.now - row.updated <= 86_400_000;
        const event: RelEvent = { kind: 'connected', at: w.now, source: 'observed', key: connectedKey('observed'), precision: recent ? 'day' : 'week' };
        connectedRecorded = (await addEvents(w, row.id, [event])) > 0;
      }
    }
    return { contactId: row.id, connectedRecorded };
  });
}

/** A held pitch comes back on its ready day, never before the policy allows (see planWarmUp). */
export async function holdPitch(
  db: GkDb,
  ctx: WriteContext,
  ref: ContactRefLike,
  hold: { draft: string; readyOn: number; threadUrl?: string | undefined },
): Promise<Written<{ reminderId: string }>> {
  return write(db, ctx, async (w) => {
    const row = await resolveContact(w, ref);
    const events = (await w.eventsOf(row.id)).map(toRelEvent);
    const summary = summaryOf(row, events, w.now, w.settings);
    const planned = planWarmUp(summary, w.settings, [{ draft: hold.draft, readyOn: hold.readyOn }]).find((p) => p.kind === 'held-pitch');
    const id = `${row.id}|held|${hashText(hold.draft)}`;
    const before = await w.tx.objectStore('reminders').get(id);
    const reminder: ReminderRow = {
      id,
      contactId: row.id,
      kind: 'held-pitch',
      due: planned?.due ?? localMidnight(hold.readyOn),
      status: 'due',
      draft: hold.draft,
      created: before?.created ?? w.now,
      updated: w.now,
    };
    const thread = safeLinkedInUrl(hold.threadUrl);
    if (thread) reminder.threadUrl = thread;
    w.put('reminders', reminder, before);
    return { reminderId: id };
  });
}

export async function setAllowListed(db: GkDb, ctx: WriteContext, ref: ContactRefLike, allowListed: boolean): Promise<Written<{ contactId: string }>> {
  return write(db, ctx, async (w) => {
    const row = await resolveContact(w, ref);
    row.allowListed = allowListed;
    if (allowListed) row.allowListedAt ??= w.now;
    else delete row.allowListedAt;
    return { contactId: row.id };
  });
}

/** Read-only: an unknown person is a stranger (nothing is created by looking). */
export async function contactSummary(db: GkDb, ref: ContactRefLike, now: number, settings: Settings): Promise<ContactSummaryResponse> {
  const tx = db.transaction(['contacts', 'events'], 'readonly');
  let row: ContactRow | undefined;
  for (const alias of ref.aliases) {
    row = await tx.objectStore('contacts').index('aliases').get(alias);
    if (row) break;
  }
  const events = row ? (await eventsOfContact(tx.objectStore('events'), row)).map(toRelEvent) : [];
  const response: ContactSummaryResponse = { contactId: row?.id ?? null, summary: summaryOf(row, events, now, settings) };
  if (row?.name) response.name = row.name;
  if (row?.headline) response.headline = row.headline;
  return response;
}
