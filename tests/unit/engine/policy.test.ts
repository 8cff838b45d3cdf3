import { describe, expect, it } from 'vitest';
import { assess, judge } from '../../../src/core/policy.js';
import { summarize } from '../../../src/core/relationship.js';
import { DEFAULT_SETTINGS, type RelEvent, type Settings } from '../../../src/core/types.js';
import { ev, pitch, WARM, withTZ } from './helpers.js';

const CONNECTED = new Date(2026, 2, 3, 16, 30); // Tue 3 Mar 2026
const at = (daysAfter: number, h = 9): Date => new Date(2026, 2, 3 + daysAfter, h);
const READY = new Date(2026, 2, 10).getTime(); // connectedOn + 7 days, local midnight

/** A contact connected on CONNECTED with `touches` warm messages and `replies` replies, seen `age` days later. */
function contact(age: number, touches = 0, replies = 0, settings: Settings = DEFAULT_SETTINGS) {
  const events: RelEvent[] = [ev('connected', CONNECTED, { precision: 'exact' })];
  for (let i = 0; i < touches; i++) events.push(ev('message-sent', at(0, 17 + i), { pitch: false }));
  for (let i = 0; i < replies; i++) events.push(ev('message-received', at(0, 20 + i)));
  return summarize(events, at(age), { minWarmTouches: settings.minWarmTouches });
}

const S = DEFAULT_SETTINGS;

describe('row: connection note (not connected)', () => {
  const invited = summarize([], at(0));
  it('pitch → too-early', () => {
    expect(judge(invited, pitch(), S, 'invitation-note')).toMatchObject({ level: 'too-early', reasons: ['not-connected-note'] });
  });
  it('warm → ok', () => {
    expect(judge(invited, WARM, S, 'invitation-note')).toMatchObject({ level: 'ok', reasons: ['warm-draft'] });
  });
});

describe('row: connected < minDaysBeforePitch', () => {
  it.each([0, 1, 2, 6])('day %i, pitch → too-early, ready on connectedOn + 7 (local midnight)', (age) => {
    const v = judge(contact(age, 1, 1), pitch(), S, 'message');
    expect(v).toMatchObject({ level: 'too-early', reasons: ['too-new'], readyOn: READY });
  });
  it('says when, in words', () => {
    expect(judge(contact(2), pitch(), S, 'message').advice).toBe(
      'Too soon: you connected 2 days ago. Pitch from Tue, 10 Mar. Thank them and engage first.',
    );
    expect(judge(contact(0), pitch(), S, 'message').advice).toContain('you connected today');
    expect(judge(contact(1), pitch(), S, 'message').advice).toContain('you connected yesterday');
  });
  it('warm → ok', () => {
    expect(judge(contact(0), WARM, S, 'message').level).toBe('ok');
  });
});

describe('row: connected ≥ minDays, no reply, < minWarmTouches', () => {
  it.each([0, 1])('day 7 with %i warm touches, pitch → caution warm-up-first', (touches) => {
    const v = judge(contact(7, touches), pitch(), S, 'message');
    expect(v).toMatchObject({ level: 'caution', reasons: ['warm-up-first'] });
    expect(v.readyOn).toBeUndefined();
  });
  it('advice counts the touches', () => {
    expect(judge(contact(9, 1), pitch(), S, 'message').advice).toContain('no reply yet and 1 warm message so far');
    expect(judge(contact(9, 0), pitch(), S, 'message').advice).toContain('no warm messages so far');
  });
  it('warm → ok', () => {
    expect(judge(contact(30), WARM, S, 'message').level).toBe('ok');
  });
});

describe('row: connected ≥ minDays and (a reply or ≥ minWarmTouches)', () => {
  it('day 7, 2 warm touches, pitch → ok', () => {
    expect(judge(contact(7, 2), pitch(), S, 'message')).toMatchObject({ level: 'ok', reasons: ['relationship-ok'] });
  });
  it('day 7, a reply and no touches, pitch → ok', () => {
    const v = judge(contact(7, 0, 1), pitch(), S, 'message');
    expect(v).toMatchObject({ level: 'ok', reasons: ['relationship-ok'] });
    expect(v.advice).toContain('they have replied');
  });
  it('boundary: day 6 vs day 7 with the same warm history', () => {
    expect(judge(contact(6, 2, 1), pitch(), S, 'message').level).toBe('too-early');
    expect(judge(contact(7, 2, 1), pitch(), S, 'message').level).toBe('ok');
  });
  it('boundary: 1 vs 2 warm touches on day 10', () => {
    expect(judge(contact(10, 1), pitch(), S, 'message').level).toBe('caution');
    expect(judge(contact(10, 2), pitch(), S, 'message').level).toBe('ok');
  });
  it('warm → ok', () => {
    expect(judge(contact(10, 2), WARM, S, 'message').level).toBe('ok');
  });
});

describe('row: connected, date unknown', () => {
  const firstDegree = summarize([], at(0), { degree: '1st' });
  it('visible two-way history, pitch → ok', () => {
    expect(judge(firstDegree, pitch(), S, 'message', { visibleTwoWayHistory: true }).level).toBe('ok');
  });
  it('a stored reply is two-way history too', () => {
    const s = summarize([ev('message-received', at(0))], at(0), { degree: '1st' });
    expect(judge(s, pitch(), S, 'message').reasons).toEqual(['relationship-ok']);
  });
  it('no history, pitch → caution unknown-relationship, suggests importing Connections.csv', () => {
    const v = judge(firstDegree, pitch(), S, 'message', { visibleTwoWayHistory: false });
    expect(v).toMatchObject({ level: 'caution', reasons: ['unknown-relationship'] });
    expect(v.advice).toContain('Connections.csv');
  });
  it('the page degree alone makes a stored stranger connected', () => {
    expect(judge(summarize([], at(0)), pitch(), S, 'message', { degree: '1st' }).reasons).toEqual(['unknown-relationship']);
  });
  it('warm → ok', () => {
    expect(judge(firstDegree, WARM, S, 'message').level).toBe('ok');
  });
});

describe('row: not connected', () => {
  it('InMail pitch → caution cold-pitch, even to a stored connection', () => {
    expect(judge(summarize([], at(0)), pitch(), S, 'inmail')).toMatchObject({ level: 'caution', reasons: ['cold-pitch'] });
    expect(judge(contact(30, 2), pitch(), S, 'inmail').reasons).toEqual(['cold-pitch']);
  });
  it('a message to a stranger or a pending invitee → cold-pitch', () => {
    expect(judge(summarize([], at(0)), pitch(), S, 'message').reasons).toEqual(['cold-pitch']);
    const pending = summarize([ev('invited', at(-2))], at(0));
    expect(pending.stage).toBe('pending');
    expect(judge(pending, pitch(), S, 'message').reasons).toEqual(['cold-pitch']);
  });
  it('the page degree wins over a stored connection (they removed it)', () => {
    expect(judge(contact(30, 2), pitch(), S, 'message', { degree: '2nd' }).reasons).toEqual(['cold-pitch']);
  });
  it('warm → ok', () => {
    expect(judge(summarize([], at(0)), WARM, S, 'inmail').level).toBe('ok');
  });
});

describe('settings drive every number', () => {
  it('minDaysBeforePitch: 3', () => {
    const s3: Settings = { ...S, minDaysBeforePitch: 3 };
    expect(judge(contact(2, 2), pitch(), s3, 'message')).toMatchObject({
      level: 'too-early',
      readyOn: new Date(2026, 2, 6).getTime(),
    });
    expect(judge(contact(3, 2), pitch(), s3, 'message').level).toBe('ok');
  });
  it('minWarmTouches: 3', () => {
    const s3: Settings = { ...S, minWarmTouches: 3 };
    expect(judge(contact(8, 2, 0, s3), pitch(), s3, 'message').level).toBe('caution');
    expect(judge(contact(8, 3, 0, s3), pitch(), s3, 'message').level).toBe('ok');
  });
  it('minWarmTouches: 1', () => {
    const s1: Settings = { ...S, minWarmTouches: 1 };
    expect(judge(contact(8, 1, 0, s1), pitch(), s1, 'message').level).toBe('ok');
  });
});

describe('allow-list and mutes', () => {
  it('an allow-listed contact is ok in every row', () => {
    const known = (s: ReturnType<typeof summarize>) => ({ ...s, allowListed: true });
    for (const [summary, channel] of [
      [known(summarize([], at(0))), 'invitation-note'],
      [known(contact(0)), 'message'],
      [known(contact(8)), 'message'],
      [known(summarize([], at(0))), 'inmail'],
    ] as const) {
      expect(judge(summary, pitch(), S, channel)).toMatchObject({ level: 'ok', reasons: ['allow-listed'] });
    }
  });
  it('muting every matched rule makes the draft warm (reason muted)', () => {
    const muted: Settings = { ...S, mutedRules: ['calendar-link', 'meeting-ask'] };
    expect(judge(contact(0), pitch('meeting-ask', 'calendar-link'), muted, 'message')).toMatchObject({
      level: 'ok',
      reasons: ['muted'],
    });
  });
  it('a partly muted pitch is still judged as a pitch', () => {
    const muted: Settings = { ...S, mutedRules: ['calendar-link'] };
    expect(judge(contact(0), pitch('meeting-ask', 'calendar-link'), muted, 'message').level).toBe('too-early');
  });
  it('a pitch without spans cannot be muted away', () => {
    const bare = { ...pitch(), signals: [] };
    expect(judge(contact(0), bare, { ...S, mutedRules: ['meeting-ask'] }, 'message').level).toBe('too-early');
  });
});

describe('now', () => {
  it('recomputes the age from connectedOn when given', () => {
    const stale = contact(2, 2); // summarized on day 2
    expect(judge(stale, pitch(), S, 'message').level).toBe('too-early');
    expect(judge(stale, pitch(), S, 'message', {}, at(7, 0)).level).toBe('ok');
    expect(judge(stale, pitch(), S, 'message', {}, at(6, 23).getTime()).level).toBe('too-early');
  });
});

describe('time zones', () => {
  it.each(['America/New_York', 'Europe/Berlin'])('readyOn across a DST change in %s is local midnight', (tz) => {
    withTZ(tz, () => {
      const s = summarize([ev('connected', new Date(2026, 2, 25, 22))], new Date(2026, 2, 27, 8));
      const v = judge(s, pitch(), S, 'message');
      expect(v.readyOn).toBe(new Date(2026, 3, 1).getTime());
      expect(v.advice).toContain('Pitch from Wed, 1 Apr');
    });
  });
});

describe('assess (the content script’s judge, without the advice sentence)', () => {
  const cases: [string, Parameters<typeof judge>][] = [
    ['note', [summarize([], at(0)), pitch(), S, 'invitation-note']],
    ['too new', [contact(2), pitch(), S, 'message', {}, at(2)]],
    ['warm up first', [contact(9), pitch(), S, 'message', {}, at(9)]],
    ['replied', [contact(9, 0, 1), pitch(), S, 'message', {}, at(9)]],
    ['cold', [contact(9), pitch(), S, 'inmail']],
    ['unknown date', [summarize([], at(0)), pitch(), S, 'message', { degree: '1st' }]],
    ['warm draft', [contact(0), WARM, S, 'message']],
    ['muted', [contact(0), pitch('meeting-ask'), { ...S, mutedRules: ['meeting-ask'] }, 'message']],
  ];
  it.each(cases)('%s: same level, reasons and ready day as judge', (_, args) => {
    const { advice, ...verdict } = judge(...args);
    expect(advice.length).toBeGreaterThan(10);
    expect(assess(...args)).toEqual(verdict);
  });
});
