// Character 4-grams of each word, hashed into 2^bits buckets: the part of the model that
// generalises past the phrase lists (inflections, typos, phrasings no list foresaw). One pass over
// the lowercased text, no substrings: the last four character codes are packed into one integer.
import { foldCode } from './fold.js';

/** The n-gram half of the model, as data: int8 weights per bucket (base64), and the factor that
 *  turns their sum into log-odds. */
export interface GramModel {
  bits: number;
  /** Log-odds per unit of int8 weight, before dividing by √(distinct grams). */
  scale: number;
  /** Added to the log-odds when the text has any gram. */
  bias: number;
  weights: string;
}

export function decodeWeights(base64: string): Int8Array {
  // Int8Array stores 128..255 as -128..-1: the bytes are two's complement.
  return Int8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Reads the distinct 4-grams of lowercased text, a space marking each word's start and end
 *  (" word " → " wor", "word", "ord "; a one-letter word has none), accents folded on the way. */
export class GramReader {
  /** Distinct grams in the last text read. */
  distinct = 0;
  /** Whether the last text had a character that fold.ts changes. */
  foldable = false;
  private readonly seen: Uint32Array;
  private mark = 0;

  constructor(
    private readonly bits: number,
    private readonly weights: Int8Array,
  ) {
    this.seen = new Uint32Array(1 << bits);
  }

  /** Σ weights over the distinct grams of `lower`; each distinct bucket is also pushed to
   *  `buckets` if given (training). */
  read(lower: string, buckets?: number[]): number {
    const { seen, weights } = this;
    const shift = 32 - this.bits;
    const mark = ++this.mark;
    let sum = 0;
    let distinct = 0;
    let foldable = false;
    // The word so far, packed 8 bits per character behind the start mark; its length in letters.
    let window = 32;
    let length = 0;
    const n = lower.length;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? lower.charCodeAt(i) : 32;
      if (c >= 128) {
        c = foldCode(c);
        if (c >= 0) foldable = true;
      }
      let gram: number;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        window = (window << 8) | c;
        if (++length < 3) continue;
        gram = window;
      } else {
        const letters = length;
        length = 0;
        gram = (window << 8) | 32;
        window = 32;
        if (letters < 2) continue;
      }
      const k = Math.imul(gram ^ 0x5bd1e995, 0x85ebca6b) >>> shift;
      if (seen[k] === mark) continue;
      seen[k] = mark;
      distinct++;
      sum += weights[k] ?? 0;
      buckets?.push(k);
    }
    this.distinct = distinct;
    this.foldable = foldable;
    return sum;
  }
}

/** The n-gram log-odds of lowercased text: Σ weights · scale / √(distinct), plus the bias. */
export function createGramScorer(model: GramModel): { reader: GramReader; logOdds(lower: string): number } {
  const reader = new GramReader(model.bits, decodeWeights(model.weights));
  return {
    reader,
    logOdds: (lower) => {
      const sum = reader.read(lower);
      return reader.distinct === 0 ? 0 : model.bias + (model.scale * sum) / Math.sqrt(reader.distinct);
    },
  };
}
