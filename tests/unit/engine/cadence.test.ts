import { describe, expect, it } from 'vitest';
import { planWarmUp } from '../../../src/core/cadence.js';
import { summarize } from '../../../src/core/relationship.js';
import { DEFAULT_SETTINGS, type RelEvent, type Settings } from '../../../src/core/types.js';
import { ev, withTZ } from './helpers.js';

const S = DEFAULT_SETTINGS;
const local = (y: number, m: number, d: number): number => new Date(y, m, d).getTime();

function plan(events: RelEvent[], now: Date, settings: Settings = S, held?: { draft: string; readyOn: number }[]) {
  return planWarmUp(summarize(events, now, { minWarmTouches: settings.minWarmTouches }), settings, held);
}

describe('planWarmUp: the default cadence', () => {
  // Connected Fri 8 Mar 2024, 21:00: US clocks spring forward on Sun 10 Mar (day 2),
  // Europe's on Sun 31 Mar; a fresh plan is the same calendar days in both.
  it.each(['America/New_York', 'Europe/Berlin', 'Asia/Tokyo'])('day 0/2/5/7 at local midnight in %s', (tz) => {
    withTZ(tz, () => {
      const connected = new Date(2024, 2, 8, 21);
      const reminders = plan([ev('connected', connected, { precision: 'exact' })], new Date(2024, 2, 8, 21, 5));
      expect(reminders).toEqual([
        { kind: 'thank', due: local(2024, 2, 8) },
        { kind: 'engage', due: local(2024, 2, 10) },
        { kind: 'ask', due: local(2024, 2, 13) },
        { kind: 'ready', due: local(2024, 2, 15) },
      ]);
      for (const r of reminders) expect([new Date(r.due).getHours(), new Date(r.due).getMinutes()]).toEqual([0, 0]);
    });
  });

  it('across the autumn change in Berlin, day 7 is still 7 calendar days on', () => {
    withTZ('Europe/Berlin', () => {
      const reminders = plan([ev('connected', new Date(2024, 9, 25, 10))], new Date(2024, 9, 25, 11));
      expect(reminders.map((r) => new Date(r.due).getDate())).toEqual([25, 27, 30, 1]);
      expect(reminders.at(-1)?.due).toBe(local(2024, 10, 1));
    });
  });

  it('follows a custom cadence', () => {
    const custom: Settings = { ...S, cadence: [{ day: 3, kind: 'ready' }, { day: 1, kind: 'thank' }] };
    const reminders = plan([ev('connected', new Date(2024, 4, 6, 9))], new Date(2024, 4, 6, 10), custom);
    expect(reminders).toEqual([
      { kind: 'thank', due: local(2024, 4, 7) },
      { kind: 'ready', due: local(2024, 4, 9) },
    ]);
  });
});

describe('planWarmUp: skipping', () => {
  const connected = ev('connected', new Date(2024, 4, 6, 9));
  const kinds = (events: RelEvent[], now: Date) => plan(events, now).map((r) => r.kind);

  it('thank is satisfied by a warm touch or a reply', () => {
    const day0 = new Date(2024, 4, 6, 12);
    expect(kinds([connected, ev('message-sent', day0)], day0)).toEqual(['engage', 'ask', 'ready']);
    expect(kinds([connected, ev('message-received', day0)], day0)).toEqual(['ready']);
  });

  it('a pitch is not a thank-you', () => {
    const day0 = new Date(2024, 4, 6, 12);
    expect(kinds([connected, ev('message-sent', day0, { pitch: true })], day0)).toEqual(['thank', 'engage', 'ask', 'ready']);
  });

  it('a warm relationship needs only the ready check', () => {
    const day1 = new Date(2024, 4, 7);
    expect(kinds([connected, ev('message-sent', day1), ev('message-sent', day1, { key: 'other' })], day1)).toEqual(['ready']);
  });

  it('steps superseded by a later step already due are dropped', () => {
    expect(kinds([connected], new Date(2024, 4, 8, 12))).toEqual(['engage', 'ask', 'ready']); // day 2
    expect(kinds([connected], new Date(2024, 4, 12, 12))).toEqual(['ask', 'ready']); // day 6
    expect(kinds([connected], new Date(2024, 4, 13, 12))).toEqual(['ready']); // day 7
  });

  it('an old connection gets no warm-up', () => {
    expect(kinds([connected], new Date(2024, 4, 14, 12))).toEqual([]); // day 8
    expect(kinds([ev('connected', new Date(2019, 0, 1), { precision: 'month', source: 'imported' })], new Date(2024, 4, 6))).toEqual([]);
  });

  it('nothing for a contact who is not connected, held pitches included', () => {
    const held = [{ draft: 'Demo?', readyOn: local(2024, 4, 20) }];
    expect(plan([], new Date(2024, 4, 6), S, held)).toEqual([]);
    expect(plan([ev('invited', new Date(2024, 4, 5))], new Date(2024, 4, 6), S, held)).toEqual([]);
  });
});

describe('planWarmUp: held pitches', () => {
  const connected = ev('connected', new Date(2024, 4, 6, 9));

  it('resurface on their ready day, after same-day cadence steps', () => {
    const reminders = plan([connected], new Date(2024, 4, 6, 10), S, [{ draft: 'Demo?', readyOn: local(2024, 4, 13) }]);
    expect(reminders.slice(-2)).toEqual([
      { kind: 'ready', due: local(2024, 4, 13) },
      { kind: 'held-pitch', due: local(2024, 4, 13), draft: 'Demo?' },
    ]);
  });

  it('never before connectedOn + minDaysBeforePitch, and at local midnight', () => {
    const early = [{ draft: 'Pricing?', readyOn: new Date(2024, 4, 7, 15).getTime() }];
    expect(plan([connected], new Date(2024, 4, 6, 10), S, early).at(-1)).toEqual({
      kind: 'held-pitch',
      due: local(2024, 4, 13),
      draft: 'Pricing?',
    });
    const late = [{ draft: 'Pricing?', readyOn: new Date(2024, 4, 20, 15).getTime() }];
    expect(plan([connected], new Date(2024, 4, 6, 10), S, late).at(-1)?.due).toBe(local(2024, 4, 20));
  });

  it('come back even for an old connection or one without a known date', () => {
    const held = [{ draft: 'Demo?', readyOn: local(2024, 5, 1) }];
    expect(plan([connected], new Date(2024, 4, 30), S, held)).toEqual([{ kind: 'held-pitch', due: local(2024, 5, 1), draft: 'Demo?' }]);
    const undated = planWarmUp(summarize([], new Date(2024, 4, 30), { degree: '1st' }), S, held);
    expect(undated).toEqual([{ kind: 'held-pitch', due: local(2024, 5, 1), draft: 'Demo?' }]);
  });
});
