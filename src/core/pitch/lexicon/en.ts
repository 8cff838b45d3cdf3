// English phrases. Asks are written with their ask framing ("open to a call"), so past or
// descriptive uses ("our call yesterday", "the demo you gave") do not fire.
import type { Lexicon } from '../compile.js';

const MEET = '(call|chat|meeting|zoom|conversation|catch[ -]?up|intro call|discovery call|teams call|video call)';
const WE_OBJ = '(companies|teams|businesses|brands|startups|firms|agencies|founders|leaders|organi[sz]ations|saas~|b2b~|ecommerce~|e-commerce~|retailers|manufacturers|clinics|banks|recruiters|cfos|ctos|hr teams|sales teams|marketers|schools|hospitals|restaurants|people like you|clients like you)';

export const en: Lexicon = {
  'meeting-ask': `
(do|would) you have (\\d+|a few|fifteen|twenty|thirty|some) (min~|time) (next|this|on|tomorrow|later)~
(got|spare|grab|find|get|steal) (\\d+|fifteen|twenty|thirty) (min~|mins)
\\d+[ -]?(min~|mins)? (call|chat|meeting|zoom|slot|intro|demo)
(book|schedule|set up|setup|arrange|organi[sz]e|grab|lock in) (a|an|some|time for a) (quick |short |brief )?(\\d+[ -]?min~ )?${MEET}
(let'?s|can we|could we|shall we) (schedule|set up|book|hop on|jump on|have|do) (a )?(quick |short |brief )?${MEET}
on your (calendar|calender)
open to (a|an) (quick |short |brief )?${MEET}
`,
  'demo-offer': `
(quick|short|free|live|personali[sz]ed|custom|product) demo
(show|walk) you (how|what|around|through|a)~
(happy|glad|love|like) to (show|walk) you~
`,
  'product-offer': `
(our|my) ([a-z\\-]+ )?(platform|solution|software|saas|tool|app|product|service|services|offering|api|plugin|extension|crm|system)
(we'?ve|we have|we|i'?ve|i have) (built|developed|launched|created|designed) (a|an|the|our)~
(we|i) (offer|provide|sell|deliver|specialise|specialize)~
(the reason|why) (i am|i'?m) (writing|reaching out)~
which brings me to~
`,
  'we-help': `
(we|i) (help|helps|helped|work with|partner with|support|enable|empower) ${WE_OBJ}
(companies|teams|businesses|brands|firms|organi[sz]ations|people) like (yours|you|your company|your team)
`,
  pricing: `
(our|the|special|exclusive|early[ -]access|discounted|founding|launch|introductory|partner) (pricing|price|prices|rates|rate card|price list)
(per|a|/) (month|seat|user|license|year)( per (month|seat|user|year))?
our rates
fraction of the (cost|price)
pricing
`,
  'trial-offer': `
free (\\d+[ -]day )?(trial|pilot|audit|assessment|consultation|consult|analysis|review|sample|strategy session|account|version|plan|demo|evaluation|health check|report)
`,
  'case-study': `
case stud(y|ies)
(we|i) (cut|reduced|increased|doubled|tripled|halved|grew|boosted|saved|improved|generated|booked|helped) [a-z0-9]~ # (for|at|by|in half)~
our (clients|customers|users) (typically |usually |often |on average )?(see|saw|get|achieve|report|increase|reduce|save|cut|grow)~
\\d+ ?(%|x|percent) (increase|more|less|fewer|faster|reduction|lift|growth|higher|lower|boost|improvement|savings)
`,
  'agency-offer': `
outsourc~
staff augmentation|team augmentation|white[ -]label~
(we'?re|we are|i run|i own|our) (a|an)? ?(\\w+ )?(agency|consultancy|software house|studio|dev shop)
qualified (leads|meetings|appointments|demos|calls|prospects)
fill your (calendar|calender|pipeline|pipe)
(vetted|dedicated|senior) (developers|engineers|devs|designers|team)
(extra|more) hands
any (web |design |dev |development |marketing |seo )?projects (on your plate|coming up|this quarter|planned)~
`,
  'right-person': `
(are|is) you( the)? (right|best|correct) (person|contact)
(you'?re|you are|if you'?re|if you are|not sure if you'?re|not sure you'?re) (the|not the) (right|best|correct) (person|contact)
who (handles|is responsible for|manages|owns|is in charge of|looks after|oversees|makes decisions|decides|would be (the )?(best|right))~
`,
  'soft-ask': `
worth (a|an) (quick |short |brief )?(chat|call|conversation|look|talk|exploring|\\d+~)
would (it|this) (make sense|be worth|be of interest|be relevant|interest you)~
open to (exploring|learning|hearing|seeing|a conversation|discussing|chatting)~
(can|could|may|shall) i (send|share|show|forward) (you|over)~
(want|would you like|want me) (me )?to (send|share) (you )?(more|some|the|a)~
interested\\?
want in\\?
see if (it|we|there)('?s| is| are| could be)? (a )?(fit|match|good fit)~
reply (yes|with)~
`,
  'purchase-push': `
special (package|deal|offer|bundle)
annual plans?
enterprise plan
`,
  'pain-hook': `
still (doing|using|relying on|tracking|managing) [a-z ]{1,30} (manually|by hand|in spreadsheets|in excel)
there'?s a better way
`,
  warm: `
thanks? (you )?(so much )?for (connecting|the connect~|accepting|the add|the comment|your comment|sharing|the call|our call|the chat|the intro|the introduction|the thoughtful|taking the time)~
(great|nice|lovely|good|a pleasure) (meeting|to meet|seeing|chatting|talking|catching up|connecting)~
(our|the|yesterday'?s|last week'?s) (call|chat|meeting|conversation|demo) (yesterday|last week|earlier|this morning|on monday|on tuesday|on wednesday|on thursday|on friday|was)~
the demo you (gave|did|showed|ran)
congrat~
out of curiosity
did you (pick|choose|go with|decide|end up)~
we (met|were both|worked together|sat)~
`,
  'no-pitch': `
no pressure~
for my (thesis|dissertation|research|article|piece)
`,
};
