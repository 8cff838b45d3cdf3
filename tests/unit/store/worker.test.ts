// The worker's logic with a fake browser: routing, handlers, badge, alarms, notifications.
import { describe, expect, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, sent, snapshot } from './helpers.js';
import { classifySender, route } from '../../../src/background/router.js';
import { createHandlers } from '../../../src/background/handlers.js';
import { checkReminders, ensureAlarms, openFromNotification, resumeRestage, settingsChanged, CHECK_ALARM, MIDNIGHT_ALARM } from '../../../src/background/reminder-job.js';
import type { AlarmInfo, WorkerDeps, WorkerState } from '../../../src/background/deps.js';
import { actOnReminder, dashboard, dueCount, dueReminders, holdPitch, recordEvents, requestRestage, restageSlice } from '../../../src/store/index.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';
import { addLocalDays, localMidnight } from '../../../src/core/dates.js';

function fakeDeps(now: { t: number }) {
  const local = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const area = (m: Map<string, unknown>) => ({
    get: async (k: string) => (m.has(k) ? { [k]: structuredClone(m.get(k)) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, structuredClone(v))),
  });
  const log = { badge: [] as string[], notes: [] as string[], tabs: [] as string[], alarms: new Map<string, AlarmInfo>() };
  const deps: WorkerDeps = {
    now: () => now.t,
    version: () => '0.1.0',
    local: area(local),
    session: area(session),
    setBadge: async (t) => void log.badge.push(t),
    notify: async (id, title) => void log.notes.push(`${id}: ${title}`),
    openTab: async (url) => void log.tabs.push(url),
    alarms: { get: async (n) => log.alarms.get(n), create: async (n, i) => void log.alarms.set(n, i) },
  };
  return { deps, log, local };
}

async function setup() {
  const clock = { t: NOW };
  const { deps, log, local } = fakeDeps(clock);
  const state: WorkerState = { db: await fresh(), settings: DEFAULT_SETTINGS };
  const handlers = createHandlers(Promise.resolve(state), deps);
  const page = { audience: 'page' as const, url: 'chrome-extension://abc/options.html' };
  const content = { audience: 'content' as const, tabId: 7, url: 'https://www.linkedin.com/in/x/' };
  return { clock, deps, log, local, state, handlers, page, content };
}

describe('router', () => {
  const EXT = 'abc';
  const ORIGIN = 'chrome-extension://abc';
  it('classifies senders: our pages, our content script on LinkedIn, nobody else', () => {
    expect(classifySender({ id: EXT, url: `${ORIGIN}/popup.html` }, EXT, ORIGIN)?.audience).toBe('page');
    expect(classifySender({ id: EXT, url: 'https://www.linkedin.com/in/x/', tab: { id: 3 } }, EXT, ORIGIN)).toEqual({ audience: 'content', tabId: 3, url: 'https://www.linkedin.com/in/x/' });
    expect(classifySender({ id: 'other', url: `${ORIGIN}/popup.html` }, EXT, ORIGIN)).toBeNull();
    expect(classifySender({ id: EXT, url: 'https://evil.example/', tab: { id: 3 } }, EXT, ORIGIN)).toBeNull();
    expect(classifySender({ id: EXT, url: 'https://www.linkedin.com/in/x/' }, EXT, ORIGIN)).toBeNull();
  });

  it('answers every bad message with an error, never a throw', async () => {
    const { handlers, page, content } = await setup();
    expect(await route({ type: 'nope' }, page, handlers)).toEqual({ ok: false, error: 'Unknown message type: nope' });
    expect(await route(null, page, handlers)).toMatchObject({ ok: false });
    expect(await route('ping', page, handlers)).toMatchObject({ ok: false });
    expect(await route({ type: 'ping' }, null, handlers)).toEqual({ ok: false, error: 'Sender not allowed' });
    expect(await route({ type: 'events.record', contact: { aliases: ['bad alias'] }, events: [] }, content, handlers)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Malformed "events.record" at contact.aliases.0/),
    });
    expect(await route({ type: 'reminder.act', reminderId: 'x', action: 'snooze', days: 0 }, page, handlers)).toMatchObject({ ok: false, error: expect.stringContaining('Malformed') });
    for (const type of ['data.deleteAll', 'backup.restore', 'backup.export', 'import.begin', 'import.batch', 'dashboard', 'reminder.act', 'contacts.search']) {
      expect(await route({ type, confirm: 'delete-all', json: '{}' }, content, handlers)).toEqual({ ok: false, error: `"${type}" is not allowed from content` });
    }
    // A handler's own failure is an answer too.
    expect(await route({ type: 'contact.detail', contactId: 'c_missing' }, page, handlers)).toEqual({ ok: false, error: 'No such contact' });
    expect(await route({ type: 'backup.restore', json: '{"format":"gatekeeper-backup","version":1' }, page, handlers)).toMatchObject({ ok: false, error: expect.stringContaining('truncated') });
  });
});

describe('handlers', () => {
  it('content records and reads; the page sees it; the badge follows reminders', async () => {
    const { handlers, page, content, log, clock } = await setup();
    const contact = { aliases: ['slug:jane'], name: 'Jane' };
    const rec = await route({ type: 'events.record', contact, events: [{ kind: 'connected', at: NOW, source: 'observed', key: 'c:observed' }] }, content, handlers);
    expect(rec).toMatchObject({ ok: true, data: { added: 1 } });
    expect(log.badge.at(-1)).toBe('1'); // "thank" is due today
    const sum = await route({ type: 'contact.summary', contact }, content, handlers);
    expect(sum).toMatchObject({ ok: true, data: { name: 'Jane', summary: { stage: 'new', connected: true, ageDays: 0 } } });
    const dash = await route({ type: 'dashboard' }, page, handlers);
    expect(dash).toMatchObject({ ok: true, data: { dueCount: 1, pipeline: { new: 1 }, newConnectionsCount: 1 } });
    const id = (dash as { data: { due: { id: string }[] } }).data.due[0]!.id;
    expect(await route({ type: 'reminder.act', reminderId: id, action: 'snooze' }, page, handlers)).toEqual({ ok: false, error: 'Snooze needs days' });
    expect(await route({ type: 'reminder.act', reminderId: id, action: 'snooze', days: 1 }, page, handlers)).toMatchObject({ ok: true, data: { reminder: { status: 'snoozed' } } });
    expect(log.badge.at(-1)).toBe('');
    clock.t = NOW + 3 * DAY;
    expect(await route({ type: 'health.report', page: 'profile', features: [{ name: 'card', found: true }] }, content, handlers)).toMatchObject({ ok: true });
    expect(await route({ type: 'health.get', tabId: 7 }, page, handlers)).toMatchObject({ ok: true, data: { health: { page: 'profile', at: NOW + 3 * DAY } } });
    expect(await route({ type: 'health.get', tabId: 8 }, page, handlers)).toEqual({ ok: true, data: { health: null } });
  });

  it('backup, restore and delete-all through messages', async () => {
    const { handlers, page, content, local } = await setup();
    await route({ type: 'events.record', contact: { aliases: ['slug:a'] }, events: [{ kind: 'message-sent', at: NOW, source: 'observed', key: 'm:1' }] }, content, handlers);
    const exported = (await route({ type: 'backup.export' }, page, handlers)) as { ok: true; data: { backup: unknown } };
    expect(await route({ type: 'data.deleteAll', confirm: 'delete-all' }, page, handlers)).toEqual({ ok: true, data: { deleted: true } });
    expect(await route({ type: 'contacts.page' }, page, handlers)).toEqual({ ok: true, data: { items: [], next: null } });
    expect(local.get('settings')).toEqual(DEFAULT_SETTINGS);
    const restored = await route({ type: 'backup.restore', json: JSON.stringify(exported.data.backup) }, page, handlers);
    expect(restored).toEqual({ ok: true, data: { contacts: 1, events: 1, reminders: 0, settings: true } });
    expect(await route({ type: 'contacts.search', prefix: '' }, page, handlers)).toMatchObject({ ok: true, data: { items: [{ stage: 'stranger' }] } });
  });
});

describe('settings changes', () => {
  it('a new minWarmTouches re-stages every contact, resuming where a stopped worker left off', async () => {
    const { state, deps } = await setup();
    for (let i = 0; i < 5; i++) {
      await recordEvents(state.db, ctx(), { aliases: [`slug:r${i}`] }, [connected(NOW - 30 * DAY), sent(`m:${i}`, NOW)]);
    }
    const stages = async () => (await snapshot(state.db)).contacts.map((c) => c.stage);
    expect(await stages()).toEqual(Array(5).fill('warming'));
    const next = { ...DEFAULT_SETTINGS, minWarmTouches: 1 };
    // The worker stops after one slice of two contacts…
    await requestRestage(state.db);
    expect(await restageSlice(state.db, next, NOW, 2)).toBe(true);
    expect((await stages()).filter((s) => s === 'warm')).toHaveLength(2);
    // …and the next wake finishes the job with the current settings.
    state.settings = next;
    await resumeRestage(state, NOW);
    expect(await stages()).toEqual(Array(5).fill('warm'));
    await settingsChanged(state, deps, DEFAULT_SETTINGS);
    expect(await stages()).toEqual(Array(5).fill('warming'));
    expect((await dashboard(state.db, NOW)).pipeline).toMatchObject({ warming: 5, warm: 0 });
  });
});

describe('a new cadence', () => {
  const today = localMidnight(NOW);
  const plan = async (db: WorkerState['db'], contactId: string) =>
    (await snapshot(db)).reminders
      .filter((r) => r.contactId === contactId)
      .map((r) => [r.kind, (r.due - today) / DAY, r.status])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('moves the reminders not shown yet, drops removed steps, plans added ones, and updates the badge', async () => {
    const { state, deps, log, clock } = await setup();
    const at = (days: number) => addLocalDays(today, -days) + 9 * 3_600_000;
    const fresh = await recordEvents(state.db, ctx(), { aliases: ['slug:fresh'] }, [connected(at(0))]);
    const sixDays = await recordEvents(state.db, ctx(), { aliases: ['slug:six'] }, [connected(at(6))]);
    const nineDays = await recordEvents(state.db, ctx(), { aliases: ['slug:nine'] }, [connected(at(9))]);
    const old = await recordEvents(state.db, ctx(), { aliases: ['slug:old'] }, [connected(at(400))]);
    await holdPitch(state.db, ctx(), { aliases: ['slug:fresh'] }, { draft: 'Demo?', readyOn: addLocalDays(today, 8) });
    // Shown and then snoozed by the user.
    await actOnReminder(state.db, `${sixDays.value.contactId}|ask`, { action: 'snooze', days: 3 }, NOW);
    expect(await plan(state.db, sixDays.value.contactId)).toEqual([
      ['ask', 3, 'snoozed'],
      ['ready', 1, 'due'],
    ]);
    const before = await snapshot(state.db);

    expect(await dueCount(state.db, NOW)).toBe(1);

    const shorter = { ...DEFAULT_SETTINGS, cadence: [{ day: 0, kind: 'thank' as const }, { day: 3, kind: 'engage' as const }, { day: 5, kind: 'ready' as const }] };
    await settingsChanged(state, deps, shorter);
    expect(state.settings).toBe(shorter);
    // Today's thank-you was already shown; engage moves, ask is gone, ready moves; the held pitch stays.
    expect(await plan(state.db, fresh.value.contactId)).toEqual([
      ['engage', 3, 'due'],
      ['held-pitch', 8, 'due'],
      ['ready', 5, 'due'],
      ['thank', 0, 'due'],
    ]);
    // Its new ready day has passed: due now. The snoozed ask is a step no longer in the cadence: closed.
    expect(await plan(state.db, sixDays.value.contactId)).toEqual([
      ['ask', 3, 'done'],
      ['ready', -1, 'due'],
    ]);
    expect(await dueCount(state.db, NOW)).toBe(2);
    expect(log.badge.at(-1)).toBe('2');
    const after = await snapshot(state.db);
    expect(after.events).toEqual(before.events);
    expect(after.contacts.map((c) => [c.id, c.stage])).toEqual(before.contacts.map((c) => [c.id, c.stage]));

    // The same steps listed in another order are the same cadence: nothing is rewritten.
    clock.t = NOW + 60_000;
    await settingsChanged(state, deps, { ...shorter, cadence: [...shorter.cadence].reverse() });
    expect(await snapshot(state.db)).toEqual(after);

    // A longer cadence reaches contacts past the old one: planned as if first seen today (its
    // current step, engage, is due now).
    expect(await plan(state.db, nineDays.value.contactId)).toEqual([]);
    await settingsChanged(state, deps, { ...shorter, cadence: [...shorter.cadence.slice(0, 2), { day: 12, kind: 'ready' }] });
    expect(await plan(state.db, nineDays.value.contactId)).toEqual([
      ['engage', -6, 'due'],
      ['ready', 3, 'due'],
    ]);
    expect((await plan(state.db, fresh.value.contactId)).find((r) => r[0] === 'ready')).toEqual(['ready', 12, 'due']);
    expect((await plan(state.db, sixDays.value.contactId)).find((r) => r[0] === 'ready')).toEqual(['ready', -1, 'due']);
    expect(await plan(state.db, old.value.contactId)).toEqual([]);
  });
});

describe('alarms, badge and notifications', () => {
  it('creates both alarms once; the midnight one at the next local midnight', async () => {
    const { deps, log } = await setup();
    await ensureAlarms(deps);
    await ensureAlarms(deps);
    expect(log.alarms.get(CHECK_ALARM)).toEqual({ periodInMinutes: 30 });
    expect(log.alarms.get(MIDNIGHT_ALARM)).toEqual({ when: addLocalDays(localMidnight(NOW), 1) + 1000 });
  });

  it('a snoozed reminder comes back, lights the badge, notifies once (when enabled) and opens its thread', async () => {
    const { deps, log, state, clock } = await setup();
    const held = await holdPitch(state.db, ctx(), { aliases: ['slug:p'], name: 'Pat' }, { draft: 'Pitch', readyOn: NOW, threadUrl: 'https://www.linkedin.com/messaging/thread/2-x/' });
    await actOnReminder(state.db, held.value.reminderId, { action: 'snooze', days: 2 }, NOW);
    await checkReminders(state, deps);
    expect(log.badge.at(-1)).toBe('');

    clock.t = addLocalDays(localMidnight(NOW), 2) + 1000;
    await checkReminders(state, deps);
    expect(log.badge.at(-1)).toBe('1');
    expect(log.notes).toEqual([]); // notifications are off by default

    state.settings = { ...DEFAULT_SETTINGS, notifications: true };
    await actOnReminder(state.db, held.value.reminderId, { action: 'snooze', days: 1 }, clock.t);
    clock.t = addLocalDays(clock.t, 1) + 1000;
    await checkReminders(state, deps);
    await checkReminders(state, deps);
    expect(log.notes).toEqual([`gk|${held.value.reminderId}: Your held pitch is ready`]);
    expect(await openFromNotification(state, deps, `gk|${held.value.reminderId}`)).toBe(true);
    expect(await openFromNotification(state, deps, 'someone-else')).toBe(false);
    expect(log.tabs).toEqual(['https://www.linkedin.com/messaging/thread/2-x/']);
    expect((await dueReminders(state.db, clock.t)).map((r) => r.contactName)).toEqual(['Pat']);
  });
});
