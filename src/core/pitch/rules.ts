// The public rule set: stable ids (mutes and the options page refer to them), labels and weights.
import { RULE_INFO } from './rule-info.js';

export type RuleId =
  | 'meeting-ask'
  | 'demo-offer'
  | 'product-offer'
  | 'we-help'
  | 'pricing'
  | 'trial-offer'
  | 'case-study'
  | 'calendar-link'
  | 'agency-offer'
  | 'right-person'
  | 'soft-ask'
  | 'purchase-push'
  | 'pain-hook';

/** Internal cues that a draft is relationship-building; they lower the score and are never shown. */
export type WarmId = 'warm' | 'no-pitch';

export type LexiconKey = RuleId | WarmId;

export interface PitchRuleInfo {
  rule: RuleId;
  label: string;
  description: string;
  examples: string[];
}

/** What the card shows next to a highlighted span. */
export const RULE_LABEL: Readonly<Record<RuleId, string>> = {
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
};

/** The full rule list (options page, Node). Pure, so bundles that only analyse drop it and rule-info. */
export const PITCH_RULES: readonly PitchRuleInfo[] = /* @__PURE__ */ (Object.keys(RULE_LABEL) as RuleId[]).map((rule) => ({
  rule,
  label: RULE_LABEL[rule],
  ...RULE_INFO[rule],
}));

/** Evidence weight of one hit (log-odds units). Warm cues are negative. */
export const WEIGHT: Readonly<Record<LexiconKey, number>> = {
  'calendar-link': 2.6,
  'demo-offer': 2.0,
  'trial-offer': 2.0,
  'agency-offer': 1.8,
  'we-help': 1.8,
  'right-person': 2.3,
  pricing: 1.5,
  'purchase-push': 1.5,
  'meeting-ask': 1.6,
  'product-offer': 1.2,
  'case-study': 1.2,
  'soft-ask': 1.0,
  'pain-hook': 1.0,
  warm: -1.0,
  'no-pitch': -1.4,
};

/** Every lexicon key; also the order in which rules claim a span that several match. */
export const KEYS = Object.keys(WEIGHT) as readonly LexiconKey[];

/** Rules that say "I sell something" — paired with an ask they make a pitch. */
export const COMMERCIAL: ReadonlySet<LexiconKey> = new Set<LexiconKey>([
  'demo-offer', 'product-offer', 'we-help', 'pricing', 'trial-offer', 'case-study', 'agency-offer', 'purchase-push', 'pain-hook',
]);
/** Rules that ask the reader to act. */
export const ASK: ReadonlySet<LexiconKey> = new Set<LexiconKey>(['meeting-ask', 'soft-ask', 'calendar-link', 'right-person', 'demo-offer']);
