import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../src/store/ids.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('newId', () => {
  it('is the prefix and 20 lowercase hex digits, as run ids and contact ids have always been', () => {
    expect(newId('c')).toMatch(/^c_[0-9a-f]{20}$/);
    expect(newId('run')).toMatch(/^run_[0-9a-f]{20}$/);
  });

  it('ascends and stays distinct within a second and across seconds (a fresh random start each second)', () => {
    vi.useFakeTimers();
    const ids: string[] = [];
    for (let s = 0; s < 50; s++) {
      vi.setSystemTime(Date.UTC(2026, 0, 15, 12, 0, s, 500));
      for (let i = 0; i < 200; i++) ids.push(newId('c'));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
