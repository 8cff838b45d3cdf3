// Lowercase + accent folding that keeps every offset: one output code unit per input code unit,
// so signal spans found in the folded text index straight into the original draft.

const FROM = 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿßœ\u2019\u2018\u00b4\u02bc';
const TO = "aaaaaaaceeeeiiiidnooooooouuuuytysao''''";
const FOLD = new Map<string, string>();
for (let i = 0; i < FROM.length; i++) FOLD.set(FROM.charAt(i), TO.charAt(i));

// Only characters with a fold are visited; plain ASCII text costs one native scan.
const FOLDABLE = /[\u00df-\u00ff\u0153\u2018\u2019\u00b4\u02bc]/g;
const foldChar = (c: string): string => FOLD.get(c) ?? c;

/** Lowercase one code unit at a time; used only when toLowerCase changed the length (e.g. "İ"). */
function lowerKeepingLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** Lowercased, accent-folded copy of `text` with exactly the same length. */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = lowerKeepingLength(text);
  return lower.replace(FOLDABLE, foldChar);
}
