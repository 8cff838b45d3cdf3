// English phrases. Asks are written with their ask framing ("open to a call"), so past or
// descriptive uses ("our call yesterday", "the demo you gave") do not fire.
import type { Lexicon } from '../compile.js';

const MEET = '(call|chat|meeting|zoom|conversation|catch[ -]?up|intro call|discovery call|teams call|video call)';
const WE_OBJ = '(companies|teams|businesses|brands|startups|firms|agencies|founders|leaders|organi[sz]ations|saas~|b2b~|ecommerce~|e-commerce~|retailers|manufacturers|clinics|banks|recruiters|cfos|ctos|hr teams|sales teams|marketers|schools|hospitals|restaurants|people like you|clients like you)';

export const en: Lexicon = {
  'meeting-ask': `
(would|are|will) you be (open|available|free|up) (to|for) # ${MEET}
(would|are|will) you be (open|available|free|up) (to|for) (a|an) (quick|short|brief) (\\d+ ?(-|to)?min~ )?~
(do|would) you have (\\d+|a few|fifteen|twenty|thirty|some) (min~|time) (next|this|on|tomorrow|later)~
(got|spare|grab|find|get|steal) (\\d+|fifteen|twenty|thirty) (min~|mins)
\\d+[ -]?(min~|mins)? (call|chat|meeting|zoom|slot|intro|demo)
(hop|jump|get) on a (quick |short |brief )?${MEET} (next|this|on|to|tomorrow|later)~
(book|schedule|set up|setup|arrange|organi[sz]e|grab|lock in) (a|an|some|time for a) (quick |short |brief )?(\\d+[ -]?min~ )?${MEET}
(book|schedule|set up|setup|arrange|grab) (some )?time (with|on)
(find|grab) (some )?time (next|this|on|to)~
(let'?s|can we|could we|shall we) (schedule|set up|book|hop on|jump on|have|do) (a )?(quick |short |brief )?${MEET}
when (are you|would you be|works for you|is a good time|would be a good time)~
what does your (calendar|calender|schedule|week) look like
(is|are|does|would) (tuesday|wednesday|thursday|friday|monday|tomorrow|next week) (work|good|ok|okay|free)~
on your (calendar|calender)
open to (a|an) (quick |short |brief )?${MEET}
(free|available) (for|to) (a )?(quick |short |brief )?${MEET}
(quick|short|brief) ${MEET} (next|this|on|sometime|later)~
`,
  'demo-offer': `
(book|schedule|see|get|request|arrange|want|set up|give you|do) (a|an|your) (quick |short |free |live |personali[sz]ed |custom |\\d+[ -]?min~ )*demo
(quick|short|free|live|personali[sz]ed|custom|product) demo
demo (of|for) (our|my|the platform|the tool)
(show|walk) you (how|what|around|through|a)~
(happy|glad|love|like) to (show|walk) you~
give you a (tour|walkthrough|walk-through)
worth a (\\d+[ -]?min~ )?demo
`,
  'product-offer': `
(our|my) ([a-z\\-]+ )?(platform|solution|software|saas|tool|app|product|service|services|offering|api|plugin|extension|crm|system)
(we'?ve|we have|we|i'?ve|i have) (built|developed|launched|created|designed) (a|an|the|our)~
(we|i) (offer|provide|sell|deliver|specialise|specialize)~
(we'?re|we are|i'?m|i am) (reaching out|writing|contacting you) (because|to|about|since)~
(introduce|present|share) (you to )?(our|my) ([a-z\\-]+ )?(company|platform|solution|product|tool|service~)
(at|here at) [a-z]+~,? we~
(the reason|why) (i am|i'?m) (writing|reaching out)~
(we'?re|we are) (a|an) (\\w+ )?(platform|startup|company|provider|tool|vendor|consultancy)
which brings me to~
i (run|lead|own) (a|an) (\\w+ )?(company|agency|firm|consultancy|business)
`,
  'we-help': `
(we|i) (help|helps|helped|work with|partner with|support|enable|empower) ${WE_OBJ}
(help|helping) ${WE_OBJ} (like|to|in|with|reduce|increase|grow|cut|save|scale|get|generate|automate)~
(companies|teams|businesses|brands|firms|organi[sz]ations|people) like (yours|you|your company|your team)
(help|helps) (you|your team|your company|your business) (to )?(increase|grow|reduce|cut|save|scale|generate|get more|close|boost|improve|automate|double|triple|hit)~
we (can|could) help (you|your)~
could (really )?help (you|your team|your company)~
`,
  pricing: `
(our|the|special|exclusive|early[ -]access|discounted|founding|launch|introductory|partner) (pricing|price|prices|rates|rate card|price list)
pricing (starts|start|is|from|page|plans?|details|sheet)~
(\\d+ ?%|\\d+ percent) (off|discount)
(discount|promo code|coupon|special offer)~
(per|a|/) (month|seat|user|license|year)( per (month|seat|user|year))?
(send|share) (you )?(our|the|a) (pricing|price~|quote|proposal|rates)
our rates
fraction of the (cost|price)
(a|our|free) quote
pricing
`,
  'trial-offer': `
free (\\d+[ -]day )?(trial|pilot|audit|assessment|consultation|consult|analysis|review|sample|strategy session|account|version|plan|demo|evaluation|health check|report)
\\d+[ -]day (free )?trial
try (it|us|our \\w+) (for )?free
(no|without a) credit card~
no commitment
money[ -]back guarantee
early access
start your (free )?trial
(pilot|trial) (program|period|project)
`,
  'case-study': `
case stud(y|ies)
success stor(y|ies)
(we|i) (cut|reduced|increased|doubled|tripled|halved|grew|boosted|saved|improved|generated|booked|helped) [a-z0-9]~ # (for|at|by|in half)~
(we|i) (cut|reduced|halved|doubled|tripled) ~ ~ (in half|by \\d+)~
helped [a-z0-9]+~ (to )?(increase|reduce|cut|grow|double|triple|save|generate|book|hit|scale|improve)~
our (clients|customers|users) (typically |usually |often |on average )?(see|saw|get|achieve|report|increase|reduce|save|cut|grow)~
(clients|customers) (like|such as|including) [a-z]+~
\\d+ ?(%|x|percent) (increase|more|less|fewer|faster|reduction|lift|growth|higher|lower|boost|improvement|savings)
(increase|reduce|cut|grow|boost|lift)~ (their |your )?[a-z]+~ (by|up to) \\d+
(cut|reduce|save)~ [a-z -]{1,25} in half
results like (these|this)
`,
  'agency-offer': `
(lead[ -]?gen~|lead generation|appointment setting|demand gen~|outbound (agency|service~|team for))
outsourc~
(offshore|nearshore|near-shore) ~
staff augmentation|team augmentation|white[ -]label~
dev(elopment)? shop
(we'?re|we are|i run|i own|our) (a|an)? ?(\\w+ )?(agency|consultancy|software house|studio|dev shop)
(seo|marketing|digital|growth|ppc|web|webflow|design|creative|content|social media|recruitment|recruiting|hubspot|shopify) agency
qualified (leads|meetings|appointments|demos|calls|prospects)
(book|booked|booking|get|fill) (you |your )?(\\d+\\+? )?(more )?(qualified )?(meetings|demos|appointments|calendar)~ (for you|a month|per month|every month|with)~
fill your (calendar|calender|pipeline|pipe)
(vetted|dedicated|senior) (developers|engineers|devs|designers|team)
(extra|more) hands
(send|share) (over )?(some |a few )?(profiles|cvs|resumes|candidates)
any (web |design |dev |development |marketing |seo )?projects (on your plate|coming up|this quarter|planned)~
`,
  'right-person': `
(are|is) you( the)? (right|best|correct) (person|contact)
(you'?re|you are|if you'?re|if you are|not sure if you'?re|not sure you'?re) (the|not the) (right|best|correct) (person|contact)
(right|best|correct) (person|contact) to (talk|speak|reach|connect|discuss|chat)~
who (handles|is responsible for|manages|owns|is in charge of|looks after|oversees|makes decisions|decides|would be (the )?(best|right))~
(point|direct) me (to|in the right direction|towards)~
decision[ -]?maker~
who (should|could|would) i (speak|talk|reach out) (to|with)~
`,
  'soft-ask': `
worth (a|an) (quick |short |brief )?(chat|call|conversation|look|talk|exploring|\\d+~)
worth (exploring|discussing|a conversation)
would (it|this) (make sense|be worth|be of interest|be relevant|interest you)~
does (this|that|it) (sound|seem|look) (interesting|relevant|useful|like a fit|like something)~
(are|would) you (be )?(interested|open) (in|to) (learning|hearing|seeing|exploring|a conversation|discussing|chatting|trying|knowing)~
open to (exploring|learning|hearing|seeing|a conversation|discussing|chatting)~
(can|could|may|shall) i (send|share|show|forward) (you|over)~
(mind if|ok if|okay if) i (send|share)~
let me know if (you'?re|you are|you'?d be|you would be) (interested|open|keen)~
(want|would you like|want me) (me )?to (send|share) (you )?(more|some|the|a)~
interested\\?
want in\\?
if (this|that|it) (sounds|is|seems) (interesting|relevant|useful|like a fit)~
see if (it|we|there)('?s| is| are| could be)? (a )?(fit|match|good fit)~
to see if (it|this) (fits|makes sense|could help)~
is (this|that|it) (a priority|on your radar|something you)~
reply (yes|with)~
happy to (share|send) (more|details|some)~
curious (if|whether) (you|your team)~
`,
  'purchase-push': `
(buy|purchase|order) (now|today|it|our|from us|a license)~
(sign up|signup|subscribe|register|get started) (today|now|here|for free|at)~
limited[ -]time~
(only|just) (\\d+|a few) (spots|seats|licenses|places) (left|available)~
(until|till|before|ends) (friday|monday|the end of the (month|week|quarter)|tomorrow)
special (package|deal|offer|bundle)
exclusive (offer|deal|access)
annual plans?
enterprise plan
`,
  'pain-hook': `
are you (still )?(struggling|dealing|stuck|tired|frustrated|fed up|doing|using|relying)~ (with|on|of|in)?~
still (doing|using|relying on|tracking|managing) [a-z ]{1,30} (manually|by hand|in spreadsheets|in excel)
what if you could
imagine (if )?(you|your team) could
there'?s a better way
tired of~
`,
  warm: `
thanks? (you )?(so much )?for (connecting|the connect~|accepting|the add|the comment|your comment|sharing|the call|our call|the chat|the intro|the introduction|the thoughtful|taking the time)~
(great|nice|lovely|good|a pleasure) (meeting|to meet|seeing|chatting|talking|catching up|connecting)~
(loved|enjoyed|liked|read) (your|the) (post|article|talk|thread|comment|presentation|demo you|session|panel|keynote|podcast|piece|newsletter)~
(our|the|yesterday'?s|last week'?s) (call|chat|meeting|conversation|demo) (yesterday|last week|earlier|this morning|on monday|on tuesday|on wednesday|on thursday|on friday|was)~
the demo you (gave|did|showed|ran)
congrat~
happy (work )?anniversary
as promised~
following up on our~
any advice~
would love to (learn|hear) (from you|about your|how you)~
out of curiosity
did you (pick|choose|go with|decide|end up)~
we (met|were both|worked together|sat)~
want an intro\\?
`,
  'no-pitch': `
no (agenda|pitch|sales pitch|sponsors|strings)~
not (selling|pitching) (anything)?~
no pressure~
for my (thesis|dissertation|research|article|piece)
`,
};
