// The warm-up plan: after a connection, a few dated nudges; held pitches come back when ready.
import { addLocalDays, localMidnight } from './dates.js';
import type { CadenceStep, PlannedReminder, RelationshipSummary, Settings } from './types.js';

export interface HeldPitch {
  draft: string;
  /** Epoch ms of the day the pitch becomes reasonable (Verdict.readyOn). */
  readyOn: number;
}

/**
 * Reminders for one contact, sorted by due date (local midnights).
 * - Not connected: nothing, held pitches included (they are re-planned once connected).
 * - Connection date unknown: no cadence steps (nothing to date them from), held pitches only.
 * - Contact older than the cadence's last day: no cadence steps (an imported old connection
 *   needs no warm-up).
 * - Skipped steps: "thank" once there is a warm touch or a reply; "engage" and "ask" once the
 *   stage is warm; any step superseded by a later step that is already due today. "ready" stays.
 * - A held pitch is due on its readyOn, but never before connectedOn + minDaysBeforePitch.
 */
export function planWarmUp(summary: RelationshipSummary, settings: Settings, held: HeldPitch[] = []): PlannedReminder[] {
  if (!summary.connected) return [];
  const plan: PlannedReminder[] = [];
  const { connectedOn, ageDays } = summary;

  if (connectedOn !== undefined) {
    const age = ageDays ?? 0;
    const steps = [...settings.cadence].sort((a, b) => a.day - b.day);
    const lastDay = steps.at(-1)?.day ?? 0;
    if (age <= lastDay) {
      steps.forEach((step, i) => {
        const superseded = steps.slice(i + 1).some((later) => later.day <= age);
        if (!superseded && !satisfied(step, summary)) plan.push({ kind: step.kind, due: addLocalDays(connectedOn, step.day) });
      });
    }
  }

  const earliest = connectedOn === undefined ? undefined : addLocalDays(connectedOn, settings.minDaysBeforePitch);
  for (const h of held) {
    const due = localMidnight(h.readyOn);
    plan.push({ kind: 'held-pitch', due: earliest === undefined ? due : Math.max(due, earliest), draft: h.draft });
  }
  // Stable sort: same-day reminders keep cadence order, held pitches after the cadence.
  return plan.sort((a, b) => a.due - b.due);
}

function satisfied(step: CadenceStep, s: RelationshipSummary): boolean {
  switch (step.kind) {
    case 'thank':
      return s.warmTouches > 0 || s.replies > 0;
    case 'engage':
    case 'ask':
      return s.stage === 'warm';
    case 'ready':
    case 'held-pitch':
      return false;
  }
}
