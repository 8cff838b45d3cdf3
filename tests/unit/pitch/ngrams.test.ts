// The n-gram half of the pitch model: which grams a text has, folding on the way, the weights' codec.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCode, foldLowered, foldText, lowerCase } from '../../../src/core/pitch/fold.js';
import { GRAMS } from '../../../src/core/pitch/gram-weights.js';
import { createGramScorer, decodeWeights, GramReader } from '../../../src/core/pitch/ngrams.js';

const BITS = 16;
/** Distinct grams of a text, as bucket numbers. */
function grams(text: string): number[] {
  const out: number[] = [];
  new GramReader(BITS, new Int8Array(1 << BITS)).read(lowerCase(text), out);
  return out;
}

describe('GramReader', () => {
  it('reads each word as 4-grams with a space at both ends', () => {
    expect(grams('a')).toHaveLength(0); // " a " is three characters
    expect(grams('ab')).toHaveLength(1); // " ab "
    expect(grams('abc')).toHaveLength(2); // " abc", "abc "
    expect(grams('word')).toHaveLength(3); // " wor", "word", "ord "
    expect(grams('demo')).toEqual(grams('... DEMO!'));
  });
  it('counts a gram once however often it occurs, and splits words at anything but a-z and digits', () => {
    expect(grams('demo demo, demo')).toEqual(grams('demo'));
    expect(new Set(grams('e-mail'))).toEqual(new Set([...grams('e'), ...grams('mail')]));
    expect(grams('b2b')).toHaveLength(2);
  });
  it('folds accents as fold.ts does, and says whether the text needed folding', () => {
    const reader = new GramReader(BITS, new Int8Array(1 << BITS));
    const out: number[] = [];
    reader.read('café', out);
    expect(reader.foldable).toBe(true);
    expect(out).toEqual(grams('cafe'));
    reader.read('cafe');
    expect(reader.foldable).toBe(false);
    reader.read('you’re');
    expect(reader.foldable).toBe(true);
  });
  it('sums the weights of the distinct grams', () => {
    const weights = new Int8Array(1 << BITS);
    for (const k of grams('demo')) weights[k] = 2;
    const reader = new GramReader(BITS, weights);
    expect(reader.read('demo demo')).toBe(6);
    expect(reader.distinct).toBe(3);
  });
  it('reports "foldable" exactly when folding would change the text (so skipping the fold is safe)', () => {
    const reader = new GramReader(BITS, new Int8Array(1 << BITS));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const lower = lowerCase(text);
        reader.read(lower);
        expect(reader.foldable).toBe(foldLowered(lower) !== lower);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('folding', () => {
  it('maps every accented letter and apostrophe to its plain form, keeping the length', () => {
    expect(foldText('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŸßŒ’‘´ʼ')).toBe("aaaaaaaceeeeiiiidnoooooouuuuytyso''''");
    expect(foldText('Straße, naïve, œuvre, you’re, 10 ÷ 2')).toBe("strase, naive, ouvre, you're, 10 ÷ 2");
  });
  it('foldCode agrees with the fold of every non-ASCII code unit', () => {
    for (let c = 0x80; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      if (lowerCase(ch) !== ch) continue;
      const code = foldCode(c);
      expect(foldLowered(ch)).toBe(code < 0 ? ch : String.fromCharCode(code));
    }
  });
});

describe('weights', () => {
  it('decode as signed bytes', () => {
    const bytes = Int8Array.from([-128, -1, 0, 1, 127]);
    expect([...decodeWeights(Buffer.from(bytes.buffer).toString('base64'))]).toEqual([...bytes]);
  });
  it('the shipped table has one int8 per bucket', () => {
    expect(decodeWeights(GRAMS.weights)).toHaveLength(1 << GRAMS.bits);
  });
  it('an empty or symbol-only text adds nothing', () => {
    const { logOdds } = createGramScorer(GRAMS);
    expect(logOdds('')).toBe(0);
    expect(logOdds('🎉 ... !!!')).toBe(0);
  });
});
