// "Connected 2 days ago · no reply yet": the relationship in one line of card copy.
import type { RelationshipSummary } from '../../core/types.js';
import type { Strings } from './strings.js';

export function relationshipLine(r: RelationshipSummary, s: Strings): string {
  if (!r.connected) return r.stage === 'pending' ? s.pending : s.notConnected;
  return `${s.connected(r.connectedOn === undefined ? undefined : r.ageDays)} · ${r.replies > 0 ? s.replies(r.replies) : s.noReply}`;
}
