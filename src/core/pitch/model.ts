// The scoring model as data, built from the rule tables and the learned weights. Node and the
// worker build it here; the content script receives it from the worker (see engine.ts).
import { ASKS, KEYS, SELLS, SHOWN_AS, STRONG, type LexiconKey } from './rules.js';
import { COMBOS, ROLE, type Model } from './score.js';
import { GRAMS } from './gram-weights.js';
import type { GramModel } from './ngrams.js';
import { WEIGHTS } from './weights.js';

export type Feature = LexiconKey | (typeof COMBOS)[number];
export const FEATURES: readonly Feature[] = [...KEYS, ...COMBOS];

export function roleOf(k: LexiconKey): number {
  return (SELLS.has(k) ? ROLE.sell : 0) | (ASKS.has(k) ? ROLE.ask : 0) | (STRONG.has(k) ? ROLE.strong : 0) | (SHOWN_AS[k] === null ? ROLE.warm : 0);
}

export function buildModel(weights: Readonly<Record<string, number>> = WEIGHTS, grams: GramModel = GRAMS): Model {
  return {
    shownAs: KEYS.map((k) => SHOWN_AS[k]),
    roles: KEYS.map(roleOf),
    weights: FEATURES.map((f) => weights[f] ?? 0),
    grams,
  };
}
