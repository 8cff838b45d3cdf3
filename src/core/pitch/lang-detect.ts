// Cheap language guess: count frequent function words in a prefix sample of the folded text.
// Italian and Dutch take part only so that they fall back to "und" instead of being
// mistaken for Spanish, French or German.
import type { Lang } from '../types.js';

type Candidate = Lang | 'it' | 'nl';

const STOPWORDS: Readonly<Record<Candidate, string>> = {
  en: 'the and you your to of for with this that is are have would thanks we our it on be can i\'m i\'d i\'ve just about what how will my me at from love',
  es: 'el la los las que de y por para con una muy gracias tu mi es te hola tiene tienes nuestro nuestra esta como pero del al me su sus lo le si nos equipo vi ayer encantado',
  fr: 'le la les des est pour vous une avec je merci votre vos sur et du au bonjour nous pas ce qui dans c\'est j\'ai mon ma tres bien aux sont salut',
  de: 'der die und ich sie ist nicht mit das ein eine ihr zu den dem wir auf fur uns bei auch es gerne gern haben wie ihnen dir dich hallo mich euch ihre ihrem ihren sind hat danke kurz unser unsere ohne oder aber noch schon sehr mal nur gibt wenn',
  pt: 'o os as nao voce temos nos ate mais uma um muito obrigado obrigada seu sua do da no na ola oi para que pra em ao voces nossa nosso e dos das isso eu te vi sobre tem time',
  it: 'il della di che per con una sono grazie ciao gli del questo molto tuo come',
  nl: 'de het een en van ik je jij we wij niet met voor zijn dat op bedankt hoi groeten',
};

// word → per-language share of one vote (shared words split their vote).
const VOTES = new Map<string, [Candidate, number][]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [Candidate, string][]) {
  for (const w of words.split(' ')) {
    const list = VOTES.get(w) ?? [];
    list.push([lang, 1]);
    VOTES.set(w, list);
  }
}
for (const list of VOTES.values()) for (const v of list) v[1] = 1 / list.length;

const WORDS = [...VOTES.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "'"));
const STOP_RE = new RegExp("\\b(?:" + WORDS.join('|') + ")(?![a-z0-9'])", 'g');

/** Enough of the text to decide; long messages are judged on their beginning. */
const SAMPLE = 600;

export function detectLang(folded: string): Lang | 'und' {
  const sample = folded.length > SAMPLE ? folded.slice(0, SAMPLE) : folded;
  const hits = sample.match(STOP_RE);
  if (!hits) return 'und';
  const score: Record<Candidate, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0, it: 0, nl: 0 };
  for (const h of hits) {
    const votes = VOTES.get(h);
    if (votes) for (const [l, v] of votes) score[l] += v;
  }
  let best: Candidate = 'en';
  let bestScore = -1;
  for (const l of Object.keys(score) as Candidate[]) {
    if (score[l] > bestScore) {
      best = l;
      bestScore = score[l];
    }
  }
  if (bestScore < 1 || best === 'it' || best === 'nl') return 'und';
  return best;
}
