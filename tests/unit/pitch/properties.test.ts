// Robustness: spans stay inside the text, nothing throws, output is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../src/core/pitch/index.js';

const wellFormed = (text: string): void => {
  const a = analyzeDraft(text);
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  for (const s of a.signals) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.start).toBeLessThan(s.end);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
};

describe('analyzeDraft properties', () => {
  // 4 × 25,000 = 100,000 random strings per run.
  it('arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => wellFormed(t)), { numRuns: 25_000 });
  });
  it('full Unicode graphemes, RTL and zero-width', () => {
    const unit = fc.oneof(fc.constantFrom('\u200b', '\u200f', '\u202e', 'ש', 'ع', 'İ', 'ß', '🎉', '\ud800'), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((a) => a.join('')), (t) => wellFormed(t)), { numRuns: 25_000 });
  });
  it('sales-ish word salad', () => {
    const words = fc.constantFrom('demo', 'call', 'calendly.com/x', '$99', 'we help', 'companies like yours', 'quick', '15-min', 'llamada', 'rendez-vous', 'Termin', 'reunião', 'the', 'é', '\n', '🙂', 'İ');
    fc.assert(fc.property(fc.array(words, { maxLength: 40 }).map((a) => a.join(' ')), (t) => wellFormed(t)), { numRuns: 25_000 });
  });
  it('is deterministic', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (t) => {
      expect(analyzeDraft(t)).toEqual(analyzeDraft(t));
    }), { numRuns: 25_000 });
  });

  it('spans index into the original text even when lowercasing changes length', () => {
    const t = 'İİİ Would you be open to a quick call next week? calendly.com/me';
    const a = analyzeDraft(t);
    const link = a.signals.find((s) => s.rule === 'calendar-link');
    expect(link && t.slice(link.start, link.end)).toBe('calendly.com/me');
  });

  it('handles an 8,000-character message with a pitch in paragraph 2', () => {
    const warm = 'Thanks again for the chat at the conference, I loved your talk on onboarding. ';
    const text = warm.repeat(20) + '\n\nWe help SaaS companies like yours cut churn by 20%. Worth a 15-min call next week?\n\n' + warm.repeat(90);
    const long = text.slice(0, 8000);
    expect(long.length).toBe(8000);
    const a = analyzeDraft(long, { kind: 'message' });
    expect(a.pitch).toBe(true);
    expect(a.lang).toBe('en');
  });
});
