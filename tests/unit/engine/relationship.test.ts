import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/relationship.js';
import { ev, withTZ } from './helpers.js';

const day = (d: number, h = 12): number => new Date(2024, 4, d, h).getTime(); // May 2024, no DST change
const NOW = day(20);

describe('summarize: stages', () => {
  it('nothing → stranger', () => {
    expect(summarize([], NOW)).toEqual({ stage: 'stranger', connected: false, warmTouches: 0, pitchesSent: 0, replies: 0 });
  });

  it('an invitation either way, not accepted → pending with invitedOn', () => {
    expect(summarize([ev('invited', day(3), { pitch: true, note: 'demo?' })], NOW)).toMatchObject({
      stage: 'pending',
      connected: false,
      invitedOn: new Date(2024, 4, 3).getTime(),
      pitchesSent: 1,
    });
    expect(summarize([ev('invite-received', day(3))], NOW).stage).toBe('pending');
  });

  it('connected, nothing else → new', () => {
    const s = summarize([ev('invited', day(1)), ev('connected', day(2))], NOW);
    expect(s).toMatchObject({ stage: 'new', connected: true, connectedOn: new Date(2024, 4, 2).getTime(), ageDays: 18 });
  });

  it('warm touches move new → warming → warm at the bar', () => {
    const c = ev('connected', day(2));
    const t1 = ev('message-sent', day(3), { pitch: false });
    const t2 = ev('message-sent', day(4), { source: 'imported' }); // imported, unflagged → warm
    expect(summarize([c, t1], NOW)).toMatchObject({ stage: 'warming', warmTouches: 1 });
    expect(summarize([c, t1, t2], NOW)).toMatchObject({ stage: 'warm', warmTouches: 2 });
    expect(summarize([c, t1, t2], NOW, { minWarmTouches: 3 }).stage).toBe('warming');
    expect(summarize([c, t1], NOW, { minWarmTouches: 1 }).stage).toBe('warm');
  });

  it('a reply makes it warm at once', () => {
    const s = summarize([ev('connected', day(2)), ev('message-received', day(3))], NOW);
    expect(s).toMatchObject({ stage: 'warm', replies: 1, warmTouches: 0 });
  });

  it('pitches and engagements are not warm touches', () => {
    const s = summarize(
      [ev('connected', day(2)), ev('message-sent', day(3), { pitch: true }), ev('engaged', day(4)), ev('engaged', day(5))],
      NOW,
    );
    expect(s).toMatchObject({ stage: 'new', warmTouches: 0, pitchesSent: 1, lastTouch: day(5) });
  });

  it('lastTouch is the latest sent, received or engaged event, whatever the input order', () => {
    const s = summarize([ev('message-received', day(9)), ev('message-sent', day(4)), ev('connected', day(12))], NOW);
    expect(s.lastTouch).toBe(day(9));
  });

  it('not connected stays stranger even with messages (InMail)', () => {
    expect(summarize([ev('message-sent', day(3)), ev('message-received', day(4))], NOW)).toMatchObject({
      stage: 'stranger',
      connected: false,
      replies: 1,
      warmTouches: 1,
    });
  });

  it('a 1st-degree page proves a connection without a date', () => {
    const s = summarize([ev('invited', day(3))], NOW, { degree: '1st', allowListed: true });
    expect(s).toMatchObject({ stage: 'new', connected: true, allowListed: true });
    expect(s.connectedOn).toBeUndefined();
    expect(s.ageDays).toBeUndefined();
  });
});

describe('summarize: facts', () => {
  it('dedupes by key (the same message seen on the page and in an import)', () => {
    const a = ev('message-sent', day(3), { key: 'm:out:2024-05-03:abc' });
    const b = ev('message-sent', day(3, 14), { key: 'm:out:2024-05-03:abc', source: 'imported' });
    const r = ev('message-received', day(4), { key: 'm:in:x' });
    const s = summarize([ev('connected', day(2)), a, b, r, { ...r }], NOW);
    expect(s).toMatchObject({ warmTouches: 1, replies: 1, stage: 'warm' });
  });

  it('picks the most precise connected date, the earliest on a tie', () => {
    const year = ev('connected', day(1), { precision: 'year' });
    const week = ev('connected', day(6), { precision: 'week' });
    const dayA = ev('connected', day(9), { precision: 'day' });
    const dayB = ev('connected', day(8), { precision: 'day' });
    const exact = ev('connected', day(10, 9), { precision: 'exact' });
    expect(summarize([year, week], NOW)).toMatchObject({ connectedOn: new Date(2024, 4, 6).getTime(), connectedPrecision: 'week' });
    expect(summarize([year, dayA, week, dayB], NOW)).toMatchObject({ connectedOn: new Date(2024, 4, 8).getTime(), ageDays: 12 });
    expect(summarize([dayB, exact, year], NOW)).toMatchObject({ connectedOn: new Date(2024, 4, 10).getTime(), connectedPrecision: 'exact' });
  });

  it('reads a connected event without precision as day precision', () => {
    const s = summarize([ev('connected', day(9)), ev('connected', day(8), { precision: 'month' })], NOW);
    expect(s).toMatchObject({ connectedOn: new Date(2024, 4, 9).getTime(), connectedPrecision: 'day' });
  });

  it('accepts a Date for now and counts local calendar days (23:50 → 00:10 is one day)', () => {
    const s = summarize([ev('connected', new Date(2024, 4, 1, 23, 50))], new Date(2024, 4, 2, 0, 10));
    expect(s.ageDays).toBe(1);
    expect(summarize([ev('connected', day(3))], day(3, 23)).ageDays).toBe(0);
  });

  it('a connection date slightly in the future reads as today', () => {
    expect(summarize([ev('connected', day(21))], NOW).ageDays).toBe(0);
  });

  // Spring forward breaks ms/86_400_000 at midnight + 7 days (6 d 23 h); fall back breaks it at
  // the last minute of the 6th day (7 d 0 h 59 min). Calendar days get both right.
  it.each([
    ['America/New_York', [2024, 2, 10]],
    ['America/New_York', [2024, 10, 3]],
    ['Europe/Berlin', [2024, 2, 31]],
    ['Europe/Berlin', [2024, 9, 27]],
  ] as const)('age in %s spans the DST change of %j by calendar days', (tz, [y, m, d]) => {
    withTZ(tz, () => {
      const connected = [ev('connected', new Date(y, m, d - 1))];
      expect(summarize(connected, new Date(y, m, d + 6)).ageDays).toBe(7);
      expect(summarize(connected, new Date(y, m, d + 5, 23, 59)).ageDays).toBe(6);
    });
  });
});
