// Rule labels: the words a salesperson reads next to a highlighted span (and the CLI's reasons).
import type { RuleId } from './rules.js';

/** What the card shows next to a highlighted span. */
export type RuleLabels = Readonly<Record<RuleId, string>>;

export const RULE_LABEL: RuleLabels = {
  'meeting-ask': 'asks for a meeting',
  'demo-offer': 'offers a demo',
  'product-offer': 'offers your product',
  'we-help': 'says “we help companies like yours”',
  pricing: 'mentions pricing',
  'trial-offer': 'offers a free trial',
  'case-study': 'cites client results',
  'calendar-link': 'calendar link',
  'agency-offer': 'offers agency or outsourcing services',
  'right-person': 'asks who makes the decision',
  'soft-ask': 'ends with a sales ask',
  'purchase-push': 'pushes a purchase',
  'pain-hook': 'uses a sales hook question',
  'sales-wording': 'reads like a sales pitch',
};

