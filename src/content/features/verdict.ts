// Draft + relationship(s) → verdict, through the core engine. Synchronous on purpose: the send
// guard needs the verdict of the exact text being sent, at the moment it is sent.
import type { Analyzer } from '../../core/pitch/analyzer.js';
import { assess } from '../../core/policy.js';
import type { Assessment, Channel, DraftAnalysis, Lang, PageContext, RelationshipSummary, Settings } from '../../core/types.js';

export const STRANGER: RelationshipSummary = { stage: 'stranger', connected: false, warmTouches: 0, pitchesSent: 0, replies: 0 };

export interface Judged {
  analysis: DraftAnalysis;
  verdict: Assessment;
  /** The summary the verdict was judged against (a group's newest relationship). */
  summary: RelationshipSummary;
}

const SEVERITY = { ok: 0, caution: 1, 'too-early': 2 } as const;

/**
 * A group is judged against its newest relationship: the participant whose verdict is the most
 * severe (a pitch fit for an old contact is still too early for the one who joined yesterday);
 * among equals, the one whose ready day is latest.
 */
export function judgeDraft(
  analyzeDraft: Analyzer,
  text: string,
  summaries: readonly RelationshipSummary[],
  settings: Settings,
  channel: Channel,
  page: PageContext,
  now: number,
  lang?: Lang,
): Judged {
  const analysis = analyzeDraft(text, { kind: channel === 'invitation-note' ? 'note' : 'message', ...(lang ? { lang } : {}) });
  let best: Judged | undefined;
  for (const summary of summaries.length > 0 ? summaries : [STRANGER]) {
    const verdict = assess(summary, analysis, settings, channel, page, now);
    if (
      !best ||
      SEVERITY[verdict.level] > SEVERITY[best.verdict.level] ||
      (verdict.level === best.verdict.level && (verdict.readyOn ?? 0) > (best.verdict.readyOn ?? 0))
    ) {
      best = { analysis, verdict, summary };
    }
  }
  return best as Judged;
}

/** Does this verdict make the guard ask before Send? */
export function needsConfirm(verdict: Assessment, settings: Settings): boolean {
  return verdict.level === 'too-early' || (verdict.level === 'caution' && settings.confirmOnCaution);
}
