// Cheap language guess: count frequent function words in a prefix sample of the folded text.
// Italian and Dutch take part only so that they fall back to "und" instead of being
// mistaken for Spanish, French or German.
import type { Lang } from '../types.js';

type Candidate = Lang | 'it' | 'nl';

const STOPWORDS: Readonly<Record<Candidate, string>> = {
  en: 'the and you your to of for with this that is are have would thanks we our it on be can i\'m i\'d i\'ve just about what how will my me at from love',
  es: 'el la los las que de y por para con una muy gracias tu mi es te hola tiene tienes nuestro nuestra esta como pero del al me su sus lo le si nos equipo vi ayer encantado',
  fr: 'le la les des est pour vous une avec je merci votre vos sur et du au bonjour nous pas ce qui dans c\'est j\'ai mon ma tres bien aux sont salut ca moi toi ton tes vraiment coucou bjr',
  de: 'der die und ich sie ist nicht mit das ein eine ihr zu den dem wir auf fur uns bei auch es gerne gern haben wie ihnen dir dich hallo mich euch ihre ihrem ihren sind hat danke kurz unser unsere ohne oder aber noch schon sehr mal nur gibt wenn',
  pt: 'o os as nao voce temos nos ate mais uma um muito obrigado obrigada seu sua do da no na ola oi para que pra em ao voces nossa nosso e dos das isso eu te vi sobre tem time tambem mas pelo pela essa esse tudo vc',
  it: 'il della di che per con una sono grazie ciao gli del questo molto tuo come',
  nl: 'de het een en van ik je jij we wij niet met voor zijn dat op bedankt hoi groeten',
};

const CANDIDATES = Object.keys(STOPWORDS) as Candidate[];

/** Word → number, exactly (5 bits per letter, words up to MAX_LEN), so the sample is tokenised
 *  with charCodeAt alone: no substrings, no regex. 0 = not a stopword's alphabet. */
const MAX_LEN = 10;
function letter(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  return c === 39 ? 27 : 0; // apostrophe (folding maps ’ to ')
}

// word code → per-language share of one vote (shared words split their vote).
const VOTES = new Map<number, number[]>();
CANDIDATES.forEach((lang, li) => {
  for (const w of STOPWORDS[lang].split(' ')) {
    let code = 0;
    for (let i = 0; i < w.length; i++) code = code * 32 + letter(w.charCodeAt(i));
    const v = VOTES.get(code) ?? CANDIDATES.map(() => 0);
    v[li] = 1;
    VOTES.set(code, v);
  }
});
for (const v of VOTES.values()) {
  const n = v.reduce((a, b) => a + b, 0);
  v.forEach((x, i) => (v[i] = x / n));
}

/** Enough of the text to decide; long messages are judged on their beginning. */
const SAMPLE = 600;
const score = new Float64Array(CANDIDATES.length);
/** A \w character (folded text is lowercase, but other code units may pass through). */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
/** Part of a token: what may not follow a stopword ([a-z0-9']). */
const isTokenChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;

/** Votes by which the leader must be ahead to stop reading early. */
const DECIDED = 4;
/** How far the best language leads the runner-up. */
function lead(): number {
  let a = 0;
  let b = 0;
  for (let i = 0; i < score.length; i++) {
    const s = score[i] ?? 0;
    if (s > a) {
      b = a;
      a = s;
    } else if (s > b) b = s;
  }
  return a - b;
}

export function detectLang(folded: string): Lang | 'und' {
  const len = Math.min(folded.length, SAMPLE);
  score.fill(0);
  let hits = 0;
  let prevWord = false;
  for (let i = 0; i < len; i++) {
    const c = folded.charCodeAt(i);
    const word = isWordChar(c);
    // A stopword starts where a word starts and runs to the end of its [a-z0-9'] token.
    if (word && !prevWord) {
      let code = 0;
      let j = i;
      for (; j < len; j++) {
        const d = folded.charCodeAt(j);
        if (!isTokenChar(d)) break;
        const l = letter(d);
        code = l === 0 || j - i >= MAX_LEN ? -1 : code * 32 + l;
        if (code < 0) break;
      }
      const votes = code > 0 && (j === len || !isTokenChar(folded.charCodeAt(j))) ? VOTES.get(code) : undefined;
      if (votes) {
        for (let l = 0; l < votes.length; l++) score[l] = (score[l] ?? 0) + (votes[l] ?? 0);
        // Stop once one language is clearly ahead: short notes decide in a few words.
        if (++hits >= DECIDED && lead() >= DECIDED) break;
        i = j - 1; // the token is used up: its inner apostrophe starts no new word
        prevWord = false;
        continue;
      }
    }
    prevWord = word;
  }
  if (hits === 0) return 'und';
  let best: Candidate = 'en';
  let bestScore = -1;
  for (let i = 0; i < CANDIDATES.length; i++) {
    const s = score[i] ?? 0;
    if (s > bestScore) {
      best = CANDIDATES[i] ?? best;
      bestScore = s;
    }
  }
  if (bestScore < 1 || best === 'it' || best === 'nl') return 'und';
  return best;
}
