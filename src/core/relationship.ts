// Events → what we know about one relationship: when it started, how warm it is.
import { localDaysBetween, localMidnight } from './dates.js';
import type { DatePrecision, PageContext, RelEvent, RelationshipSummary, Stage } from './types.js';

export interface SummarizeOptions {
  /** The user said "I know this person". */
  allowListed?: boolean;
  /** Degree shown on the page; "1st" proves a connection even without a connected event. */
  degree?: PageContext['degree'];
  /** Warm touches that make a connection warm without a reply (settings.minWarmTouches). */
  minWarmTouches?: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { exact: 0, day: 1, week: 2, month: 3, year: 4 };

/** An instant without a stated precision still only tells us its day reliably. */
const DEFAULT_PRECISION: DatePrecision = 'day';

/**
 * Warm touch rule: a sent message whose pitch flag is not true. Imported messages carry the
 * importer's flag; an unflagged one counts as warm. Likes and comments (`engaged`) are *not*
 * warm touches: two likes should not unlock a pitch. They do count as the last touch.
 */
export function summarize(events: RelEvent[], now: number | Date, opts: SummarizeOptions = {}): RelationshipSummary {
  const minWarmTouches = opts.minWarmTouches ?? 2;
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const facts = dedupe(events);

  const connectedEvent = pickConnected(facts.filter((e) => e.kind === 'connected'));
  const invitations = facts.filter((e) => e.kind === 'invited' || e.kind === 'invite-received');
  let warmTouches = 0;
  let pitchesSent = 0;
  let replies = 0;
  let lastTouch: number | undefined;
  for (const e of facts) {
    if (e.kind === 'message-sent') {
      if (e.pitch === true) pitchesSent++;
      else warmTouches++;
    } else if (e.kind === 'message-received') {
      replies++;
    } else if (e.kind === 'invited' && e.pitch === true) {
      pitchesSent++; // a pitched invitation note is a pitch sent, though not a touch
    }
    if (e.kind === 'message-sent' || e.kind === 'message-received' || e.kind === 'engaged') {
      lastTouch = Math.max(lastTouch ?? e.at, e.at);
    }
  }

  const connected = connectedEvent !== undefined || opts.degree === '1st';
  const summary: RelationshipSummary = {
    stage: stageOf(connected, invitations.length > 0, warmTouches, replies, minWarmTouches),
    connected,
    warmTouches,
    pitchesSent,
    replies,
  };
  if (connectedEvent) {
    summary.connectedOn = localMidnight(connectedEvent.at);
    summary.connectedPrecision = connectedEvent.precision ?? DEFAULT_PRECISION;
    // A connection date slightly in the future (clock skew between sources) reads as today.
    summary.ageDays = Math.max(0, localDaysBetween(summary.connectedOn, nowMs));
  }
  const lastInvite = invitations.reduce<number | undefined>((m, e) => Math.max(m ?? e.at, e.at), undefined);
  if (lastInvite !== undefined) summary.invitedOn = localMidnight(lastInvite);
  if (lastTouch !== undefined) summary.lastTouch = lastTouch;
  if (opts.allowListed) summary.allowListed = true;
  return summary;
}

/**
 * stranger: nothing connects us · pending: an invitation either way, not accepted ·
 * new: connected, no reply, no warm touch · warming: some warm touches, below the bar, no reply ·
 * warm: a reply from them or ≥ minWarmTouches warm touches. Age is the policy's business.
 */
function stageOf(connected: boolean, invited: boolean, warm: number, replies: number, minWarm: number): Stage {
  if (!connected) return invited ? 'pending' : 'stranger';
  if (replies > 0 || warm >= minWarm) return 'warm';
  return warm > 0 ? 'warming' : 'new';
}

/** The store keeps keys unique, but merged or replayed batches may not: first occurrence wins. */
function dedupe(events: RelEvent[]): RelEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (seen.has(e.key)) return false;
    seen.add(e.key);
    return true;
  });
}

/** Most precise wins (a CSV day beats "connected 3 weeks ago"); on a tie, the earliest. */
function pickConnected(connected: RelEvent[]): RelEvent | undefined {
  let best: RelEvent | undefined;
  for (const e of connected) {
    if (!best) {
      best = e;
      continue;
    }
    const diff = PRECISION_RANK[e.precision ?? DEFAULT_PRECISION] - PRECISION_RANK[best.precision ?? DEFAULT_PRECISION];
    if (diff < 0 || (diff === 0 && e.at < best.at)) best = e;
  }
  return best;
}
