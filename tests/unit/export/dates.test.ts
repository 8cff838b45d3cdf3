import { describe, expect, it } from 'vitest';
import { parseDateTime, parseDay } from '../../../src/core/linkedin-export/index.js';

describe('parseDay', () => {
  it.each([
    ['12 Mar 2024', { y: 2024, m: 3, d: 12 }],
    ['01 Oct 2023', { y: 2023, m: 10, d: 1 }],
    ['3/12/2024', { y: 2024, m: 3, d: 12 }],
    ['13/3/2024', { y: 2024, m: 3, d: 13 }],
    ['2024-03-12', { y: 2024, m: 3, d: 12 }],
    ['12-Mar-24', { y: 2024, m: 3, d: 12 }],
    ['12.03.2024', { y: 2024, m: 3, d: 12 }],
    ['Mar 12, 2024', { y: 2024, m: 3, d: 12 }],
    ['12 September 2024', { y: 2024, m: 9, d: 12 }],
    ['45363', { y: 2024, m: 3, d: 12 }],
  ])('%s', (text, ymd) => expect(parseDay(text)).toEqual(ymd));

  it.each(['', 'yesterday', '31 Feb 2024', '2024-13-01', '12 Foo 2024'])('rejects %j', (text) => expect(parseDay(text)).toBeNull());
});

describe('parseDateTime', () => {
  it('reads messages.csv dates as UTC', () => {
    expect(parseDateTime('2023-06-11 15:33:58 UTC', 'utc')).toBe(Date.UTC(2023, 5, 11, 15, 33, 58));
  });
  it('reads Invitations.csv dates as local time with AM/PM', () => {
    expect(parseDateTime('3/14/25, 2:37 PM', 'local')).toBe(new Date(2025, 2, 14, 14, 37).getTime());
    expect(parseDateTime('3/14/25, 12:05 AM', 'local')).toBe(new Date(2025, 2, 14, 0, 5).getTime());
  });
  it('rejects impossible clocks', () => {
    expect(parseDateTime('3/14/25, 13:37 PM', 'local')).toBeNull();
  });
});
