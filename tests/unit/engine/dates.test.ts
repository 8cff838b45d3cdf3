import { describe, expect, it } from 'vitest';
import { addLocalDays, formatLocalDay, localDaysBetween, localMidnight } from '../../../src/core/dates.js';
import { withTZ } from './helpers.js';

describe('time zone switching in this runner', () => {
  it('takes effect for Dates created after process.env.TZ is assigned', () => {
    const jan = (): number => new Date(2024, 0, 1).getTimezoneOffset();
    expect(withTZ('America/New_York', jan)).toBe(300);
    expect(withTZ('Asia/Kolkata', jan)).toBe(-330);
  });
});

describe('local day math', () => {
  it('localMidnight is the start of the local day', () => {
    const d = new Date(2024, 4, 17, 23, 59, 59);
    expect(localMidnight(d.getTime())).toBe(new Date(2024, 4, 17).getTime());
  });

  it('addLocalDays lands on local midnight across month and year ends', () => {
    expect(addLocalDays(new Date(2024, 11, 30, 15).getTime(), 3)).toBe(new Date(2025, 0, 2).getTime());
    expect(addLocalDays(new Date(2024, 2, 1, 8).getTime(), -1)).toBe(new Date(2024, 1, 29).getTime());
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(localDaysBetween(new Date(2024, 4, 1, 23, 50).getTime(), new Date(2024, 4, 2, 0, 10).getTime())).toBe(1);
    expect(localDaysBetween(new Date(2024, 4, 2, 0, 10).getTime(), new Date(2024, 4, 2, 23, 50).getTime())).toBe(0);
    expect(localDaysBetween(new Date(2024, 4, 9).getTime(), new Date(2024, 4, 2).getTime())).toBe(-7);
  });

  it.each([
    ['America/New_York', [2024, 2, 10]], // spring forward: a 23-hour day
    ['America/New_York', [2024, 10, 3]], // fall back: a 25-hour day
    ['Europe/Berlin', [2024, 2, 31]],
    ['Europe/Berlin', [2024, 9, 27]],
    ['Australia/Sydney', [2024, 3, 7]],
  ] as const)('stays on local midnight through the DST change in %s', (tz, [y, m, d]) => {
    withTZ(tz, () => {
      const before = new Date(y, m, d - 1).getTime();
      for (let n = 0; n <= 3; n++) {
        const day = addLocalDays(before, n);
        const date = new Date(day);
        expect([date.getHours(), date.getMinutes(), date.getDate()]).toEqual([0, 0, new Date(y, m, d - 1 + n).getDate()]);
        expect(localDaysBetween(before, day)).toBe(n);
        expect(localDaysBetween(before, day + 86_400_000 - 3_600_000 - 1)).toBe(n);
      }
    });
  });

  it('formats a day in fixed English', () => {
    expect(formatLocalDay(new Date(2026, 2, 10, 18).getTime())).toBe('Tue, 10 Mar');
  });
});
