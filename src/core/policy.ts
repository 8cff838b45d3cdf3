// The default policy table of DESIGN.md: relationship × draft → verdict. Every number comes
// from settings; nothing here knows about the page beyond PageContext.
import { addLocalDays, formatLocalDay, localDaysBetween } from './dates.js';
import type { Channel, DraftAnalysis, PageContext, RelationshipSummary, Settings, Verdict } from './types.js';

/**
 * Judge a draft.
 * - Connected: the page's degree, when shown, is LinkedIn's live truth and wins; otherwise
 *   summary.connected. A pending invitation is therefore "not connected". InMail is always cold.
 * - `now` recomputes the age from connectedOn (a summary may be older than the keystroke).
 */
export function judge(
  summary: RelationshipSummary,
  analysis: DraftAnalysis,
  settings: Settings,
  channel: Channel,
  page: PageContext = {},
  now?: number | Date,
): Verdict {
  const muted = new Set(settings.mutedRules);
  const remaining = analysis.signals.filter((s) => !muted.has(s.rule));
  // Only an actual mute can turn a pitch warm: a pitch with no spans at all stays a pitch.
  const mutedAway = analysis.pitch && remaining.length === 0 && analysis.signals.length > 0;
  if (mutedAway) {
    return { level: 'ok', reasons: ['muted'], advice: 'Only muted rules matched, so this counts as a warm message.' };
  }
  if (!analysis.pitch) {
    return { level: 'ok', reasons: ['warm-draft'], advice: 'No pitch here: a good way to build the relationship.' };
  }
  if (summary.allowListed) {
    return { level: 'ok', reasons: ['allow-listed'], advice: 'You know this person, so no warm-up is needed.' };
  }
  if (channel === 'invitation-note') {
    return {
      level: 'too-early',
      reasons: ['not-connected-note'],
      advice: 'Too early: keep the pitch out of the invitation. Connect first, then build the relationship.',
    };
  }
  const connected = channel !== 'inmail' && (page.degree !== undefined ? page.degree === '1st' : summary.connected);
  if (!connected) {
    return {
      level: 'caution',
      reasons: ['cold-pitch'],
      advice: "Cold pitch: you're not connected. Lead with something useful to them, not the offer.",
    };
  }

  if (summary.connectedOn === undefined) {
    // A stored reply is two-way history just as much as one visible in the thread.
    if (page.visibleTwoWayHistory || summary.replies > 0) return relationshipOk('You already have a conversation going.');
    return {
      level: 'caution',
      reasons: ['unknown-relationship'],
      advice:
        "We don't know when you connected. Import Connections.csv from your LinkedIn data export, or warm up first.",
    };
  }

  const age = now === undefined ? (summary.ageDays ?? 0) : Math.max(0, localDaysBetween(summary.connectedOn, toMs(now)));
  if (age < settings.minDaysBeforePitch) {
    const readyOn = addLocalDays(summary.connectedOn, settings.minDaysBeforePitch);
    return {
      level: 'too-early',
      reasons: ['too-new'],
      readyOn,
      advice: `Too soon: you connected ${daysAgo(age)}. Pitch from ${formatLocalDay(readyOn)}. Thank them and engage first.`,
    };
  }
  if (summary.replies > 0 || summary.warmTouches >= settings.minWarmTouches) {
    return relationshipOk(
      summary.replies > 0
        ? `Connected ${daysAgo(age)} and they have replied: talking business is fair.`
        : `Connected ${daysAgo(age)} and you have warmed up: talking business is fair.`,
    );
  }
  return {
    level: 'caution',
    reasons: ['warm-up-first'],
    advice: `Warm up first: no reply yet and ${plural(summary.warmTouches, 'warm message')} so far. Start a conversation before you pitch.`,
  };
}

function relationshipOk(advice: string): Verdict {
  return { level: 'ok', reasons: ['relationship-ok'], advice };
}

function toMs(now: number | Date): number {
  return typeof now === 'number' ? now : now.getTime();
}

function daysAgo(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

function plural(n: number, noun: string): string {
  return `${n === 0 ? 'no' : n} ${noun}${n === 1 ? '' : 's'}`;
}
