// analyzeDraft: is this draft a sales pitch, and which words say so?
// One pass: fold the text (same length), guess the language on a prefix, run that language's
// single precompiled regex, name each hit's rule, combine the hits into a score.
import type { AnalyzeOptions, DraftAnalysis, Lang, PitchSignal } from '../types.js';
import { compileLexicon, ruleOf, type CompiledLexicon } from './compile.js';
import { foldText } from './fold.js';
import { detectLang } from './lang-detect.js';
import { de } from './lexicon/de.js';
import { en } from './lexicon/en.js';
import { es } from './lexicon/es.js';
import { fr } from './lexicon/fr.js';
import { pt } from './lexicon/pt.js';
import { universal } from './lexicon/universal.js';
import { RULE_LABEL, WEIGHT, type LexiconKey, type RuleId } from './rules.js';
import { logOdds, toScore, type HitCounts } from './score.js';

export { PITCH_RULES, type PitchRuleInfo, type RuleId } from './rules.js';
export { detectLang } from './lang-detect.js';

const COMPILED: Readonly<Record<Lang | 'und', CompiledLexicon>> = {
  en: compileLexicon([en, universal]),
  es: compileLexicon([es, universal]),
  fr: compileLexicon([fr, universal]),
  de: compileLexicon([de, universal]),
  pt: compileLexicon([pt, universal]),
  und: compileLexicon([universal]),
};

const isRule = (key: LexiconKey): key is RuleId => WEIGHT[key] > 0;

interface Hit {
  start: number;
  end: number;
  key: LexiconKey;
}

function collect(scan: RegExp, lex: CompiledLexicon, folded: string, out: Hit[]): void {
  scan.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(folded)) !== null) {
    const s = m[0];
    if (s.length === 0) {
      scan.lastIndex++;
      continue;
    }
    const key = ruleOf(lex, s);
    if (key !== undefined) out.push({ start: m.index, end: m.index + s.length, key });
  }
}

export function analyzeDraft(text: string, options: AnalyzeOptions = {}): DraftAnalysis {
  const draft = typeof text === 'string' ? text : '';
  const folded = foldText(draft);
  const hinted = options.lang;
  const lang: Lang | 'und' = hinted && hinted in COMPILED ? hinted : detectLang(folded);
  const lex = COMPILED[lang];
  const hits: HitCounts = new Map();
  const found: Hit[] = [];
  for (const scan of lex.scans) collect(scan, lex, folded, found);
  // Chunks scan independently; keep the leftmost of overlapping hits, as one regex would.
  if (lex.scans.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
  const signals: PitchSignal[] = [];
  let lastEnd = -1;
  for (const h of found) {
    if (h.start < lastEnd) continue;
    lastEnd = h.end;
    hits.set(h.key, (hits.get(h.key) ?? 0) + 1);
    if (isRule(h.key)) signals.push({ start: h.start, end: h.end, rule: h.key, label: RULE_LABEL[h.key] });
  }
  const z = logOdds(hits);
  return { pitch: z >= 0, score: toScore(z), lang, signals };
}
