import { describe, expect, it } from 'vitest';
import { checkCadence, move, parseCount } from '../../../src/options/validation.js';

describe('settings validation', () => {
  it('accepts whole numbers in range only', () => {
    expect(parseCount('7', 0, 365)).toBe(7);
    expect(parseCount(' 0 ', 0, 365)).toBe(0);
    for (const bad of ['', '-1', '3.5', '1e2', '366', 'abc', '7 days']) expect(parseCount(bad, 0, 365), bad).toBeNull();
  });

  it('checks a cadence: days in range and in order, at most 20 steps', () => {
    expect(checkCadence([{ day: '0', kind: 'thank' }, { day: '2', kind: 'engage' }])).toEqual({ steps: [{ day: 0, kind: 'thank' }, { day: 2, kind: 'engage' }] });
    expect(checkCadence([{ day: '3', kind: 'thank' }, { day: '2', kind: 'engage' }])).toEqual({ problem: { kind: 'order', index: 1 } });
    expect(checkCadence([{ day: 'x', kind: 'thank' }])).toEqual({ problem: { kind: 'day', index: 0 } });
    expect(checkCadence(Array.from({ length: 21 }, () => ({ day: '1', kind: 'ask' as const })))).toEqual({ problem: { kind: 'too-many' } });
    expect(checkCadence([])).toEqual({ steps: [] });
  });

  it('moves steps up and down, ignoring moves past the ends', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
