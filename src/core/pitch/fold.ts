// Lowercase + accent folding that keeps every offset: one output code unit per input code unit,
// so signal spans found in the folded text index straight into the original draft. Two steps, so
// the n-gram pass (ngrams.ts) can read the lowercased text, fold as it goes, and tell whether the
// second step is needed at all (most English drafts have nothing to fold).

const FROM = 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿßœ\u2019\u2018\u00b4\u02bc';
const TO = "aaaaaaaceeeeiiiidnoooooouuuuytyso''''";

// Only characters with a fold are visited; plain ASCII text costs one native scan.
const FOLDABLE = /[\u00df-\u00ff\u0153\u2018\u2019\u00b4\u02bc]/g;
const foldChar = (c: string): string => TO.charAt(FROM.indexOf(c)) || c; // ÷ is in the range, not in FROM

/** Lowercased copy of `text` with exactly the same length (e.g. "İ" is left as it is). */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** Accent-folded copy of lowercased text, same length. */
export const foldLowered = (lower: string): string => lower.replace(FOLDABLE, foldChar);

/** Lowercased, accent-folded copy of `text` with exactly the same length. */
export const foldText = (text: string): string => foldLowered(lowerCase(text));

/** For a non-ASCII code unit of lowercased text: its folded code, or -1 if folding keeps it. */
export function foldCode(c: number): number {
  const i = FROM.indexOf(String.fromCharCode(c));
  return i < 0 ? -1 : TO.charCodeAt(i);
}
