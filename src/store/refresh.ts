// After a write: recompute a touched contact's summary, denormalise it onto the record (stage
// and connection date are indexed for paging), and keep its warm-up reminders in step.
import { planWarmUp } from '../core/cadence.js';
import { localMidnight } from '../core/dates.js';
import { summarize } from '../core/relationship.js';
import type { PageContext, RelEvent, RelationshipSummary, Settings } from '../core/types.js';
import type { ContactRow, EventRow, ReminderRow } from './records.js';
import type { Writer } from './writer.js';

const PAGE_DEGREES: ReadonlySet<string> = new Set(['1st', '2nd', '3rd', 'out']);

/** The summary of a stored contact from its events. */
export function summaryOf(row: ContactRow | undefined, events: RelEvent[], now: number, settings: Settings): RelationshipSummary {
  const degree = row?.degree && PAGE_DEGREES.has(row.degree) ? (row.degree as PageContext['degree']) : undefined;
  return summarize(events, now, {
    allowListed: row?.allowListed ?? false,
    minWarmTouches: settings.minWarmTouches,
    ...(degree ? { degree } : {}),
  });
}

export function toRelEvent(row: EventRow): RelEvent {
  const { id: _id, contactId: _contactId, ...event } = row;
  return event;
}

/** Writes the summary's denormalised fields onto the working copy. */
export function applySummary(row: ContactRow, summary: RelationshipSummary, events: RelEvent[], now: number): void {
  row.stage = summary.stage;
  row.connectedSort = summary.connectedOn ?? 0;
  if (summary.connectedOn !== undefined) {
    row.connectedOn = summary.connectedOn;
    row.connectedPrecision = summary.connectedPrecision ?? 'day';
    const chosen = events.find((e) => e.kind === 'connected' && localMidnight(e.at) === summary.connectedOn && (e.precision ?? 'day') === row.connectedPrecision);
    if (chosen) row.connectedSource = chosen.source;
  } else {
    delete row.connectedOn;
    delete row.connectedPrecision;
    delete row.connectedSource;
  }
  row.updated = now;
}

const CLOSABLE: ReadonlySet<string> = new Set(['thank', 'engage', 'ask']);

export async function refreshContact(w: Writer, row: ContactRow): Promise<void> {
  const events = (await w.eventsOf(row.id)).map(toRelEvent);
  const summary = summaryOf(row, events, w.now, w.settings);
  applySummary(row, summary, events, w.now);
  if (summary.connected) await planReminders(w, row.id, summary);
}

/**
 * Idempotent: cadence reminders have one id per step, so re-planning adds only what is missing,
 * moves planned dates when the connection date becomes known more precisely, and closes steps
 * the relationship has already satisfied (a thank-you after the first warm message). Steps the
 * user acted on are never brought back.
 */
async function planReminders(w: Writer, contactId: string, summary: RelationshipSummary): Promise<void> {
  const existing = await w.remindersOf(contactId);
  const byId = new Map<string, ReminderRow>(existing.map((r) => [r.id, r]));
  for (const step of planWarmUp(summary, w.settings)) {
    if (step.kind === 'held-pitch') continue;
    const id = `${contactId}|${step.kind}`;
    const current = byId.get(id);
    if (!current) {
      w.put('reminders', { id, contactId, kind: step.kind, due: step.due, status: 'due', created: w.now, updated: w.now }, undefined);
    } else if (current.status === 'due' && current.due !== step.due && current.due > w.now) {
      w.put('reminders', { ...current, due: step.due, updated: w.now }, current);
    }
  }
  // Nothing stored to close (a contact this write created): no second plan to compute.
  if (summary.connectedOn === undefined || existing.length === 0) return;
  // Seen from day 0 the plan lists every step not yet satisfied; open steps missing from it are.
  const open = new Set(planWarmUp({ ...summary, ageDays: 0 }, w.settings).map((p) => p.kind));
  for (const r of existing) {
    if (CLOSABLE.has(r.kind) && (r.status === 'due' || r.status === 'snoozed') && !open.has(r.kind)) {
      w.put('reminders', { ...r, status: 'done', updated: w.now }, r);
    }
  }
}
