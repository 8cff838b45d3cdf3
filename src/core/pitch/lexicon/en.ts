// English phrases. Asks are written with their ask framing ("open to a call"), so past or
// descriptive uses ("our call yesterday", "the demo you gave") do not fire.
import type { Lexicon } from '../compile.js';

const MEET = '(call|chat|meeting|zoom|conversation|catch[ -]?up|(intro|discovery|video) call)';
const WE_OBJ = '(companies|teams|businesses|brands|startups|firms|agencies|founders|leaders|organi[sz]ations|saas~|b2b~|e-?commerce~|retailers|manufacturers|recruiters|hr teams|sales teams|marketers)';

export const en: Lexicon = {
  'meeting-ask': `
(got|spare|grab|find|get|steal) (\\d+|fifteen|twenty|thirty) (min~|mins)
\\d+[ -]?(min~|mins)? (call|chat|meeting|zoom|slot|intro|demo)
(book|schedule|set up|arrange|grab) (a|an|some) (quick |short )?${MEET}
(let'?s|can we|could we) (schedule|book|hop on|jump on|have) (a )?(quick )?${MEET}
open to (a|an) (quick |short |brief )?${MEET}
`,
  'demo-offer': `
(quick|short|free|live|personali[sz]ed|custom|product) demo
(show|walk) you (how|what|around|through|a)~
`,
  'product-offer': `
(our|my) ([a-z\\-]+ )?(platform|solution|software|saas|tool|app|product|service|services|offering|api|plugin|extension|crm|system)
`,
  'we-help': `
(we|i) (help|helps|helped|work with|partner with|support|enable|empower) ${WE_OBJ}
`,
  pricing: `
pricing
`,
  'trial-offer': `
free (\\d+[ -]day )?(trial|pilot|audit|assessment|consultation|consult|analysis|review|sample|account|version|plan|evaluation|report)
`,
  'case-study': `
(we|i) (cut|reduced|increased|doubled|tripled|halved|grew|boosted|saved|improved|generated|booked|helped) [a-z0-9]~ # (for|at|by|in half)~
`,
  'agency-offer': `
(we'?re|we are|i run|i own|our) (a|an)? ?(\\w+ )?(agency|consultancy|software house|studio|dev shop)
qualified (leads|meetings|appointments|demos|calls|prospects)
`,
  'right-person': `
(are|is) you( the)? (right|best|correct) (person|contact)
who (handles|is responsible for|manages|owns|is in charge of|looks after|oversees|makes decisions|decides|would be (the )?(best|right))~
`,
  'soft-ask': `
worth (a|an) (quick |short |brief )?(chat|call|conversation|look|talk|exploring)
interested\\?
`,
  'purchase-push': `
enterprise plan
(offer|deal|discount|promo|pricing) (ends|expires|is valid until|only until|only runs until)~
(only|just) \\d+ (seats|spots|places|licen[cs]es|slots) (left|remaining)
`,
  'pain-hook': `
there'?s a better way|there is a (better|easier|faster|smarter) way
`,
  warm: `
(enjoyed|loved|liked|read|saw|appreciated|great|insightful) (your|the) (recent )?(post|talk|article|piece|panel|podcast|episode|keynote|session|thread|comment|newsletter|book|interview|webinar|presentation)
(our|the|your|yesterday'?s) (call|chat|meeting|conversation|demo|visit) (yesterday|earlier|this morning|was|(on|last) (monday|tuesday|wednesday|thursday|friday|week))~|you (mentioned|told me)
the demo you (gave|did|showed|ran)
out of curiosity|congrat~|well deserved
as (we )?(discussed|promised|agreed)|following up on what we|great (to see|seeing) you|thanks? (you )?(again|for (the|your) (time|chat|call|advice|help|intro|recommendation|tip))~|owe you
`,
  answer: `
(you|u) (asked|were asking|wanted to know|enquired|inquired)|your (question|query|enquiry|inquiry)|(to|in) (answer|reply|response) to your
as (you )?requested|(here'?s|here is|attached is|attaching) the # you (asked|requested|wanted)
`,
  customer: `
(we'?re|we are|i'?m|i am|we'?ve been|i'?ve been) (a |an )?(happy |loyal |long-?time )?(customer|client|user)s? of (yours|your)
(as|being) (a )?(customer|client) of yours|our (account manager|customer success manager|csm) at your|support (ticket|request|case)
`,
  'no-pitch': `
no (pressure~|agenda|sales~|sponsors)|nothing commercial|not a (sales )?pitch
for my (thesis|dissertation|research|article|piece|blog)
(looking for|searching for) (my next|a new) (role|job|position)|your advice|(want me to|happy to) (intro|put you)~|introduce you (to|two)
`,
  offer: `
we('?ve|'?re|'?d| have| are| would| can| could)?( been)? (help~|plac~|suppl~|fix~|build~|built|run~|provid~|offer~|produc~|replac~|recruit~|sourc~|sell~|install~|deliver~|design~|develop~|manag~|automat~|handl~|implement~|integrat~|migrat~|speciali[sz]~|creat~|launch~|partner~|work~ with|book~|train~|coach~|audit~|take care|hire~)
(reaching out|writing|contacting you) (from|on behalf of)
`,
  results: `
\\d+([.,]\\d+)? ?(%|percent|x)
(in|within|under) (\\d+|one|two|three|four|five|six|a|a single) (days?|weeks?|months?|hours?)
(in|by) half|halved|doubled|tripled
\\d+\\+? (clients|customers|companies|brands|firms|teams|roles|placements|hires|hospitals|projects|stores|clinics|schools)
(companies|teams|firms|brands|businesses|clients|customers|company) (like yours|similar to|your size)|your size|similar to yours
`,
  free: `
free (of charge|for|\\d+|trial~|months?|access|session|workshop|estimate|quote|mockup)
complimentary|no (charge|strings~|fee|cost|obligation)|at no (cost|charge)|on the house|risk[ -]free
`,
  fee: `
(starts?|starting) (at|from)
per (hour|head|hire|placement|project|month|seat|user|lead|meeting|employee|location)
`,
  'ask-time': `
(monday|tuesday|wednesday|thursday|friday)( (morning|afternoon|at))?
(this|next|later this|coming) (week|month|quarter)|tomorrow
\\d{1,2}(:\\d\\d)? ?(am|pm)
(at your|at a time of your) convenience|(a|what) (good )?time (works|to)|when (works|suits|is good|would be|'?s a good)~|works for you|suits you
(a|an) (quick |short |brief )?(call|chat|meeting|zoom|coffee|conversation|intro|video call|coffee chat)
hop on|jump on|grab (a )?coffee|(a few|\\d+|twenty|fifteen|thirty|ten) minutes|slots?|pencil (you|it) in|set you up|scope it|(find|book|put) (some )?time|your (calendar|diary)
`,
  'ask-next': `
(can|could|may|might|shall|should) i (send|share|show|call|ring|walk|set|put|book|pencil|reserve|drop|stop|swing|introduce|present|grab|get|run|give)~
mind if i|want me to|would you like|like me to|do you want|shall we|should we|how about|would it be (crazy|worth|ok|okay|possible)
happy to (send|share|show|walk|set|put|run|prepare|put together)~
let me know|(are|would) you (be )?(interested|keen|up for)|interested|keen to (hear|see|learn)|open to
worth|make sense|makes sense|(a|good) fit|a priority
`,
};
