// What each rule catches, for the options page and the Node API. Kept apart from the
// detector so the content script (which needs only labels) does not ship it.
import type { RuleId } from './rules.js';

export const RULE_INFO: Readonly<Record<RuleId, { description: string; examples: string[] }>> = {
  'meeting-ask': { description: 'Asks a near-stranger for a call, meeting or time slot.', examples: ['Would you be open to a quick call next week?', 'Do you have 15 minutes on Tuesday?'] },
  'demo-offer': { description: 'Offers to demo or walk them through a product.', examples: ['Can I show you a quick demo?', 'Happy to walk you through it.'] },
  'product-offer': { description: 'Introduces the sender’s product, platform or service.', examples: ['We built a platform that automates…', 'I’d love to introduce our tool.'] },
  'we-help': { description: 'The classic value-proposition opener.', examples: ['We help SaaS teams cut churn.', 'We work with companies like yours.'] },
  pricing: { description: 'Prices, discounts, rates or quotes.', examples: ['30% off annual plans', '$49 per seat per month'] },
  'trial-offer': { description: 'Free trials, pilots, audits or assessments.', examples: ['Start your free 14-day trial', 'a free audit of your site'] },
  'case-study': { description: 'Case studies and claims about results for other clients.', examples: ['We cut ramp time in half for Acme.', 'Can I send you a case study?'] },
  'calendar-link': { description: 'Booking links (Calendly, cal.com, HubSpot meetings) and link shorteners.', examples: ['calendly.com/you/15min', 'bit.ly/demo'] },
  'agency-offer': { description: 'Agencies, lead generation, outsourcing, dev shops, staff augmentation.', examples: ['We are a lead gen agency', 'nearshore developers at a fraction of the cost'] },
  'right-person': { description: 'Looks for the buyer: “are you the right person…”.', examples: ['Are you the right person to talk to about…?', 'Who handles purchasing at your company?'] },
  'soft-ask': { description: 'Soft closes: “worth a chat?”, “would it make sense?”, “interested?”.', examples: ['Worth a chat?', 'Would it make sense to connect?'] },
  'purchase-push': { description: 'Buy, sign up, limited-time offers.', examples: ['Sign up today', 'limited-time offer'] },
  'pain-hook': { description: 'Pain questions that set up a pitch.', examples: ['Are you still doing payroll in spreadsheets?', 'What if you could…'] },
  'sales-wording': { description: 'No single phrase, but the wording as a whole reads like a pitch (shown on its most pitch-like sentence).', examples: ['Our last placement there is still with them three years on.', 'Je vous prépare un devis ?'] },
};
