// Held-out accuracy on the labelled corpus (tests/corpus/pitch.jsonl), per language.
import { describe, expect, it } from 'vitest';
import { load, metrics as measure, type Row } from '../../../scripts/pitch/data.js';
import { analyzeDraft } from '../../../src/core/pitch/index.js';
import type { Lang } from '../../../src/core/types.js';

const rows = load('tests/corpus/pitch.jsonl');
const metrics = (sample: readonly Row[]) => measure(sample, (r) => analyzeDraft(r.text, { kind: r.kind }).pitch);

describe('corpus', () => {
  it('is big, balanced and multilingual', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
    const pitches = rows.filter((r) => r.pitch).length;
    expect(Math.abs(pitches / rows.length - 0.5)).toBeLessThan(0.05);
    for (const l of ['en', 'es', 'fr', 'de', 'pt']) expect(rows.filter((r) => r.lang === l).length).toBeGreaterThanOrEqual(100);
  });

  const heldout = rows.filter((r) => r.split === 'heldout');
  it('held-out overall: F1 ≥ 0.95, ≤ 2% warm flagged', () => {
    const m = metrics(heldout);
    expect(m.f1).toBeGreaterThanOrEqual(0.95);
    expect(m.warmFlagged).toBeLessThanOrEqual(0.02);
  });

  // Thresholds are what the detector meets today; raise them as it improves. They were lowered
  // (es F1 0.92 → 0.85, precision 0.95 → 0.94) when the narrow phrases fitted to this corpus's
  // single author were dropped for broad cues that generalise to independent writers
  // (tests/unit/pitch/blind.test.ts); one false alarm in a 39-text slice is 0.947 precision.
  // Raised again after warm counter-cues and tests/corpus/extra2.jsonl (precision 1.0 in every language),
  // and after the character n-gram model (F1 0.93–1.0 per language).
  const floor: Record<Lang, number> = { en: 0.93, es: 0.91, fr: 0.97, de: 0.93, pt: 0.97 };
  for (const lang of ['en', 'es', 'fr', 'de', 'pt'] as const) {
    it(`held-out ${lang}: precision ≥ 0.97, F1 ≥ ${floor[lang]}`, () => {
      const m = metrics(heldout.filter((r) => r.lang === lang));
      expect(m.precision).toBeGreaterThanOrEqual(0.97);
      expect(m.f1).toBeGreaterThanOrEqual(floor[lang]);
    });
  }
});
