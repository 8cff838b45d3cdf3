// The default policy table of DESIGN.md: relationship × draft → verdict. Every number comes
// from settings; nothing here knows about the page beyond PageContext.
import { addLocalDays, formatLocalDay, localDaysBetween } from './dates.js';
import type { Assessment, Channel, DraftAnalysis, PageContext, RelationshipSummary, Settings, Verdict } from './types.js';

/** Days since connecting, recomputed from connectedOn when `now` is given (a summary may be
 *  older than the keystroke). */
function ageOf(summary: RelationshipSummary, now?: number | Date): number {
  if (summary.connectedOn === undefined) return 0;
  return now === undefined ? (summary.ageDays ?? 0) : Math.max(0, localDaysBetween(summary.connectedOn, toMs(now)));
}

/**
 * The verdict without its advice sentence: what the content script needs (its card renders the
 * reasons from _locales), so the English sentences stay out of its bundle.
 * - Connected: the page's degree, when shown, is LinkedIn's live truth and wins; otherwise
 *   summary.connected. A pending invitation is therefore "not connected". InMail is always cold.
 */
export function assess(
  summary: RelationshipSummary,
  analysis: DraftAnalysis,
  settings: Settings,
  channel: Channel,
  page: PageContext = {},
  now?: number | Date,
): Assessment {
  const muted = new Set(settings.mutedRules);
  // Only an actual mute can turn a pitch warm: a pitch with no spans at all stays a pitch.
  if (analysis.pitch && analysis.signals.length > 0 && analysis.signals.every((s) => muted.has(s.rule))) return { level: 'ok', reasons: ['muted'] };
  if (!analysis.pitch) return { level: 'ok', reasons: ['warm-draft'] };
  if (summary.allowListed) return { level: 'ok', reasons: ['allow-listed'] };
  if (channel === 'invitation-note') return { level: 'too-early', reasons: ['not-connected-note'] };
  const connected = channel !== 'inmail' && (page.degree !== undefined ? page.degree === '1st' : summary.connected);
  if (!connected) return { level: 'caution', reasons: ['cold-pitch'] };
  if (summary.connectedOn === undefined) {
    // A stored reply is two-way history just as much as one visible in the thread.
    return page.visibleTwoWayHistory || summary.replies > 0 ? { level: 'ok', reasons: ['relationship-ok'] } : { level: 'caution', reasons: ['unknown-relationship'] };
  }
  if (ageOf(summary, now) < settings.minDaysBeforePitch) {
    return { level: 'too-early', reasons: ['too-new'], readyOn: addLocalDays(summary.connectedOn, settings.minDaysBeforePitch) };
  }
  if (summary.replies > 0 || summary.warmTouches >= settings.minWarmTouches) return { level: 'ok', reasons: ['relationship-ok'] };
  return { level: 'caution', reasons: ['warm-up-first'] };
}

/** Judge a draft: assess() plus one sentence of advice in English (Node, the pages). */
export function judge(...args: Parameters<typeof assess>): Verdict {
  const verdict = assess(...args);
  const [summary, , , , , now] = args;
  return { ...verdict, advice: adviceFor(verdict, summary, ageOf(summary, now)) };
}

function adviceFor({ reasons, readyOn }: Assessment, summary: RelationshipSummary, age: number): string {
  switch (reasons[0]) {
    case 'muted':
      return 'Only muted rules matched, so this counts as a warm message.';
    case 'warm-draft':
      return 'No pitch here: a good way to build the relationship.';
    case 'allow-listed':
      return 'You know this person, so no warm-up is needed.';
    case 'not-connected-note':
      return 'Too early: keep the pitch out of the invitation. Connect first, then build the relationship.';
    case 'cold-pitch':
      return "Cold pitch: you're not connected. Lead with something useful to them, not the offer.";
    case 'unknown-relationship':
      return "We don't know when you connected. Import Connections.csv from your LinkedIn data export, or warm up first.";
    case 'too-new':
      return `Too soon: you connected ${daysAgo(age)}. Pitch from ${formatLocalDay(readyOn ?? 0)}. Thank them and engage first.`;
    case 'warm-up-first':
      return `Warm up first: no reply yet and ${plural(summary.warmTouches, 'warm message')} so far. Start a conversation before you pitch.`;
    default:
      if (summary.connectedOn === undefined) return 'You already have a conversation going.';
      return summary.replies > 0
        ? `Connected ${daysAgo(age)} and they have replied: talking business is fair.`
        : `Connected ${daysAgo(age)} and you have warmed up: talking business is fair.`;
  }
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
