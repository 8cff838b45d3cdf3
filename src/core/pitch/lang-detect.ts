// Cheap language guess: count frequent function words (stopwords.ts) in a prefix sample of the
// folded text.
import type { Lang } from '../types.js';
import type { Candidate, Stopwords } from './stopwords.js';


/** Word → number, exactly (5 bits per letter, words up to MAX_LEN), so the sample is tokenised
 *  with charCodeAt alone: no substrings, no regex. 0 = not a stopword's alphabet. */
const MAX_LEN = 10;
function letter(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  return c === 39 ? 27 : 0; // apostrophe (folding maps ’ to ')
}

/** word code → per-language share of one vote (shared words split their vote). */
function voteTable(stopwords: Stopwords, candidates: readonly Candidate[]): Map<number, number[]> {
  const votes = new Map<number, number[]>();
  candidates.forEach((lang, li) => {
    for (const w of stopwords[lang].split(' ')) {
      let code = 0;
      for (let i = 0; i < w.length; i++) code = code * 32 + letter(w.charCodeAt(i));
      const v = votes.get(code) ?? candidates.map(() => 0);
      v[li] = 1;
      votes.set(code, v);
    }
  });
  for (const v of votes.values()) {
    const n = v.reduce((a, b) => a + b, 0);
    v.forEach((x, i) => (v[i] = x / n));
  }
  return votes;
}

/** Enough of the text to decide; long messages are judged on their beginning. */
const SAMPLE = 600;
/** A \w character (folded text is lowercase, but other code units may pass through). */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
/** Part of a token: what may not follow a stopword ([a-z0-9']). */
const isTokenChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;

/** Votes by which the leader must be ahead to stop reading early. */
const DECIDED = 4;
/** How far the best language leads the runner-up. */
function lead(score: Float64Array): number {
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

export type LangDetector = (folded: string) => Lang | 'und';

export function createLangDetector(stopwords: Stopwords): LangDetector {
  const candidates = Object.keys(stopwords) as Candidate[];
  const votes = voteTable(stopwords, candidates);
  const score = new Float64Array(candidates.length);
  return (folded) => detect(folded, candidates, votes, score);
}

function detect(folded: string, CANDIDATES: readonly Candidate[], VOTES: ReadonlyMap<number, number[]>, score: Float64Array): Lang | 'und' {
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
        if (++hits >= DECIDED && lead(score) >= DECIDED) break;
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
