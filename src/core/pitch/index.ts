// analyzeDraft: is this draft a sales pitch, and which words say so?
// One pass: fold the text (same length), guess the language on a prefix, run that language's
// scan regex, let a small per-character regex name each hit's rule, combine the hits into a score.
import type { AnalyzeOptions, DraftAnalysis, Lang, PitchSignal } from '../types.js';
import { compileLexicon, type CompiledLexicon, type Namer } from './compile.js';
import { foldText } from './fold.js';
import { detectLang } from './lang-detect.js';
import { de } from './lexicon/de.js';
import { en } from './lexicon/en.js';
import { es } from './lexicon/es.js';
import { fr } from './lexicon/fr.js';
import { pt } from './lexicon/pt.js';
import { universal } from './lexicon/universal.js';
import { KEYS, RULE_LABEL, WEIGHT, type LexiconKey, type RuleId } from './rules.js';
import { logOdds, toScore } from './score.js';

export { PITCH_RULES, type PitchRuleInfo, type RuleId } from './rules.js';
export { detectLang } from './lang-detect.js';

const COMPILED: Readonly<Record<Lang | 'und', CompiledLexicon>> = {
  en: compileLexicon([en, universal], KEYS),
  es: compileLexicon([es, universal], KEYS),
  fr: compileLexicon([fr, universal], KEYS),
  de: compileLexicon([de, universal], KEYS),
  pt: compileLexicon([pt, universal], KEYS),
  und: compileLexicon([universal], KEYS),
};

const isRule = (key: LexiconKey): key is RuleId => WEIGHT[key] > 0;
/** Hit counts per KEYS index; reused across calls (analyzeDraft is synchronous). */
const counts = new Uint16Array(KEYS.length);
/** End of the last match `name` found (saves allocating a result per hit). */
let namedEnd = 0;

/** Runs `n` at `at`: the KEYS index of its matching group, or -1. */
function name(n: Namer | undefined, text: string, at: number): number {
  if (!n) return -1;
  n.re.lastIndex = at;
  const m = n.re.exec(text);
  if (!m) return -1;
  let g = 1;
  while (m[g] === undefined) g++;
  namedEnd = n.re.lastIndex;
  return n.keys[g - 1] ?? -1;
}

export function analyzeDraft(text: string, options: AnalyzeOptions = {}): DraftAnalysis {
  const draft = typeof text === 'string' ? text : '';
  const folded = foldText(draft);
  const hinted = options.lang;
  const lang: Lang | 'und' = hinted && hinted in COMPILED ? hinted : detectLang(folded);
  const { scan, namers, rest, other } = COMPILED[lang];
  counts.fill(0);
  const signals: PitchSignal[] = [];
  scan.lastIndex = 0;
  while (scan.test(folded)) {
    const start = scan.lastIndex;
    // The scan found that some pattern matches here; the namers say which rule, and its extent.
    let k = name(namers[folded.charCodeAt(start)], folded, start);
    if (k < 0) k = name(rest, folded, start);
    if (k < 0) k = name(other, folded, start);
    const key = KEYS[k];
    if (key === undefined || namedEnd === start) {
      scan.lastIndex = start + 1;
      continue;
    }
    scan.lastIndex = namedEnd;
    counts[k] = (counts[k] ?? 0) + 1;
    if (isRule(key)) signals.push({ start, end: namedEnd, rule: key, label: RULE_LABEL[key] });
  }
  const z = logOdds(counts);
  return { pitch: z >= 0, score: toScore(z), lang, signals };
}
