// The public rule set: stable ids (mutes and the options page refer to them), labels and weights.

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

export const PITCH_RULES: readonly PitchRuleInfo[] = [
  { rule: 'meeting-ask', label: 'asks for a meeting', description: 'Asks a near-stranger for a call, meeting or time slot.', examples: ['Would you be open to a quick call next week?', 'Do you have 15 minutes on Tuesday?'] },
  { rule: 'demo-offer', label: 'offers a demo', description: 'Offers to demo or walk them through a product.', examples: ['Can I show you a quick demo?', 'Happy to walk you through it.'] },
  { rule: 'product-offer', label: 'offers your product', description: 'Introduces the sender’s product, platform or service.', examples: ['We built a platform that automates…', 'I’d love to introduce our tool.'] },
  { rule: 'we-help', label: 'says “we help companies like yours”', description: 'The classic value-proposition opener.', examples: ['We help SaaS teams cut churn.', 'We work with companies like yours.'] },
  { rule: 'pricing', label: 'mentions pricing', description: 'Prices, discounts, rates or quotes.', examples: ['30% off annual plans', '$49 per seat per month'] },
  { rule: 'trial-offer', label: 'offers a free trial', description: 'Free trials, pilots, audits or assessments.', examples: ['Start your free 14-day trial', 'a free audit of your site'] },
  { rule: 'case-study', label: 'cites client results', description: 'Case studies and claims about results for other clients.', examples: ['We cut ramp time in half for Acme.', 'Can I send you a case study?'] },
  { rule: 'calendar-link', label: 'calendar link', description: 'Booking links (Calendly, cal.com, HubSpot meetings) and link shorteners.', examples: ['calendly.com/you/15min', 'bit.ly/demo'] },
  { rule: 'agency-offer', label: 'offers agency or outsourcing services', description: 'Agencies, lead generation, outsourcing, dev shops, staff augmentation.', examples: ['We are a lead gen agency', 'nearshore developers at a fraction of the cost'] },
  { rule: 'right-person', label: 'asks who makes the decision', description: 'Looks for the buyer: “are you the right person…”.', examples: ['Are you the right person to talk to about…?', 'Who handles purchasing at your company?'] },
  { rule: 'soft-ask', label: 'ends with a sales ask', description: 'Soft closes: “worth a chat?”, “would it make sense?”, “interested?”.', examples: ['Worth a chat?', 'Would it make sense to connect?'] },
  { rule: 'purchase-push', label: 'pushes a purchase', description: 'Buy, sign up, limited-time offers.', examples: ['Sign up today', 'limited-time offer'] },
  { rule: 'pain-hook', label: 'uses a sales hook question', description: 'Pain questions that set up a pitch.', examples: ['Are you still doing payroll in spreadsheets?', 'What if you could…'] },
];

export const RULE_LABEL: Readonly<Record<RuleId, string>> = Object.fromEntries(
  PITCH_RULES.map((r) => [r.rule, r.label]),
) as Record<RuleId, string>;

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

/** Rules that say "I sell something" — paired with an ask they make a pitch. */
export const COMMERCIAL: ReadonlySet<LexiconKey> = new Set<LexiconKey>([
  'demo-offer', 'product-offer', 'we-help', 'pricing', 'trial-offer', 'case-study', 'agency-offer', 'purchase-push', 'pain-hook',
]);
/** Rules that ask the reader to act. */
export const ASK: ReadonlySet<LexiconKey> = new Set<LexiconKey>(['meeting-ask', 'soft-ask', 'calendar-link', 'right-person', 'demo-offer']);
