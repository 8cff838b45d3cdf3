// The public rule set: stable ids (mutes and the options page refer to them), labels and weights.
import { RULE_LABEL } from './labels.js';
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
  | 'pain-hook'
  /** No phrase matched, but the n-gram model reads a pitch: its most pitch-like sentence. */
  | 'sales-wording';

/** Broad, language-aware cues (company voice, results claims, free offers, fees, asks for time or a
 *  next step). Each reports under the public rule whose label fits it, so mutes still apply. */
export type CueId = 'short-link' | 'offer' | 'results' | 'free' | 'fee' | 'ask-time' | 'ask-next';

/** Internal cues that a draft is relationship-building; they lower the score and are never shown.
 *  `answer`: the writer replies to the reader's own question; `customer`: the writer is the
 *  reader's customer (business vocabulary, but no offer of the writer's). */
export type WarmId = 'warm' | 'no-pitch' | 'answer' | 'customer';

export type LexiconKey = Exclude<RuleId, 'sales-wording'> | CueId | WarmId;

export interface PitchRuleInfo {
  rule: RuleId;
  label: string;
  description: string;
  examples: string[];
}

/** The full rule list (options page, Node). Pure, so bundles that only analyse drop it and rule-info. */
export const PITCH_RULES: readonly PitchRuleInfo[] = /* @__PURE__ */ (Object.keys(RULE_LABEL) as RuleId[]).map((rule) => ({
  rule,
  label: RULE_LABEL[rule],
  ...RULE_INFO[rule],
}));

/** The public rule a hit is shown as; warm cues are never shown. */
export const SHOWN_AS: Readonly<Record<LexiconKey, RuleId | null>> = {
  'calendar-link': 'calendar-link',
  'demo-offer': 'demo-offer',
  'trial-offer': 'trial-offer',
  'agency-offer': 'agency-offer',
  'we-help': 'we-help',
  'right-person': 'right-person',
  pricing: 'pricing',
  'purchase-push': 'purchase-push',
  'meeting-ask': 'meeting-ask',
  'product-offer': 'product-offer',
  'case-study': 'case-study',
  'soft-ask': 'soft-ask',
  'pain-hook': 'pain-hook',
  'short-link': 'calendar-link',
  offer: 'product-offer',
  results: 'case-study',
  free: 'trial-offer',
  fee: 'pricing',
  'ask-time': 'meeting-ask',
  'ask-next': 'soft-ask',
  warm: null,
  'no-pitch': null,
  answer: null,
  customer: null,
};

/** Every lexicon key; also the order in which rules claim a span that several match
 *  (specific rules before the broad cues). */
export const KEYS = Object.keys(SHOWN_AS) as readonly LexiconKey[];

/** Keys that say "I sell something"; with an ask they make the shape of a pitch. */
export const SELLS: ReadonlySet<LexiconKey> = new Set<LexiconKey>([
  'demo-offer', 'product-offer', 'we-help', 'pricing', 'trial-offer', 'case-study', 'agency-offer', 'purchase-push', 'pain-hook',
  'offer', 'results', 'free', 'fee',
]);
/** Keys that ask the reader to act. */
export const ASKS: ReadonlySet<LexiconKey> = new Set<LexiconKey>([
  'meeting-ask', 'soft-ask', 'calendar-link', 'short-link', 'right-person', 'demo-offer', 'ask-time', 'ask-next',
]);
/** Rules that are a pitch on their own by the product's definition (a booking link, looking for
 *  the buyer, a trial, an agency offer, a demo, a purchase push). */
export const STRONG: ReadonlySet<LexiconKey> = new Set<LexiconKey>([
  'calendar-link', 'right-person', 'trial-offer', 'agency-offer', 'demo-offer', 'purchase-push',
]);
