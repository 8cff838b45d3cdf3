import { describe, expect, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, received, sent, snapshot } from './helpers.js';
import { actOnReminder, dueCount, dueReminders, holdPitch, newlyDue, observeContact, recordEvents, wakeSnoozed } from '../../../src/store/index.js';
import { addLocalDays, localMidnight } from '../../../src/core/dates.js';

const today = localMidnight(NOW);

describe('warm-up reminders', () => {
  it('a new connection gets the cadence once, due on its days', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), { aliases: ['slug:new'] }, [connected(NOW)]);
    await recordEvents(db, ctx(NOW + 5), { aliases: ['slug:new'] }, [connected(NOW)]);
    const { reminders } = await snapshot(db);
    expect(reminders.map((r) => [r.kind, r.due, r.status])).toEqual(
      expect.arrayContaining([
        ['thank', today, 'due'],
        ['engage', addLocalDays(today, 2), 'due'],
        ['ask', addLocalDays(today, 5), 'due'],
        ['ready', addLocalDays(today, 7), 'due'],
      ]),
    );
    expect(reminders).toHaveLength(4);
    expect(await dueCount(db, NOW)).toBe(1);
    expect(await dueCount(db, addLocalDays(today, 2))).toBe(2);
  });

  it('satisfied steps close themselves; old imported connections get none', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), { aliases: ['slug:a'] }, [connected(NOW)]);
    await recordEvents(db, ctx(NOW + 1), { aliases: ['slug:a'] }, [sent('m:1', NOW)]);
    let { reminders } = await snapshot(db);
    expect(reminders.find((r) => r.kind === 'thank')?.status).toBe('done');
    await recordEvents(db, ctx(NOW + 2), { aliases: ['slug:a'] }, [received('m:2', NOW)]);
    ({ reminders } = await snapshot(db));
    expect(reminders.filter((r) => r.status === 'due').map((r) => r.kind)).toEqual(['ready']);

    const old = await fresh();
    await recordEvents(old, ctx(), { aliases: ['slug:old'] }, [connected(NOW - 400 * DAY, 'imported')]);
    expect((await snapshot(old)).reminders).toEqual([]);
  });

  it('a pending invitation accepted later is recorded as connected and starts the cadence', async () => {
    const db = await fresh();
    await observeContact(db, ctx(), { aliases: ['slug:inv'] }, { degree: 'pending' });
    expect((await observeContact(db, ctx(NOW + 3600_000), { aliases: ['slug:inv'] }, { degree: '1st' })).value.connectedRecorded).toBe(true);
    expect((await observeContact(db, ctx(NOW + 7200_000), { aliases: ['slug:inv'] }, { degree: '1st' })).value.connectedRecorded).toBe(false);
    // A 1st degree never seen pending is an old connection of unknown date: no fake date.
    expect((await observeContact(db, ctx(), { aliases: ['slug:old'] }, { degree: '1st' })).value.connectedRecorded).toBe(false);
    const { events, contacts } = await snapshot(db);
    expect(events.filter((e) => e.kind === 'connected')).toHaveLength(1);
    expect(contacts.find((c) => c.aliases.includes('slug:old'))?.stage).toBe('new');
  });

  it('snooze, wake, done and dismiss', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), { aliases: ['slug:s'], name: 'Sue' }, [connected(NOW)]);
    const [thank] = await dueReminders(db, NOW);
    expect(thank).toMatchObject({ kind: 'thank', contactName: 'Sue', profileUrl: 'https://www.linkedin.com/in/s/' });

    const snoozed = await actOnReminder(db, thank!.id, { action: 'snooze', days: 3 }, NOW);
    expect(snoozed).toMatchObject({ status: 'snoozed', due: addLocalDays(today, 3) });
    expect(await dueCount(db, NOW)).toBe(0);
    expect(await wakeSnoozed(db, addLocalDays(today, 3) - 1)).toBe(0);
    expect(await wakeSnoozed(db, addLocalDays(today, 3) + 1)).toBe(1);
    const later = addLocalDays(today, 3) + 1;
    expect((await dueReminders(db, later)).map((r) => r.kind)).toEqual(['engage', 'thank']);
    expect((await newlyDue(db, addLocalDays(today, 2) + 1, later)).map((r) => r.kind)).toEqual(['thank']);

    await actOnReminder(db, thank!.id, { action: 'done' }, later);
    const engage = (await dueReminders(db, later))[0]!;
    await actOnReminder(db, engage.id, { action: 'dismiss' }, later);
    expect(await dueCount(db, later)).toBe(0);
    // Re-planning never brings back what the user acted on.
    await recordEvents(db, ctx(later), { aliases: ['slug:s'] }, [connected(NOW)]);
    expect(await dueCount(db, later)).toBe(0);
    await expect(actOnReminder(db, 'nope', { action: 'done' }, NOW)).rejects.toThrow('No such reminder');
  });

  it('held pitches come back on their ready day, not before the policy allows', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), { aliases: ['slug:h'] }, [connected(NOW)]);
    const held = await holdPitch(db, ctx(), { aliases: ['slug:h'] }, { draft: 'Demo?', readyOn: NOW + DAY, threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/' });
    const again = await holdPitch(db, ctx(), { aliases: ['slug:h'] }, { draft: 'Demo?', readyOn: NOW + DAY });
    expect(again.value.reminderId).toBe(held.value.reminderId);
    const due = await dueReminders(db, addLocalDays(today, 7));
    expect(due.find((r) => r.kind === 'held-pitch')).toMatchObject({ due: addLocalDays(today, 7), draft: 'Demo?' });
    const evil = await holdPitch(db, ctx(), { aliases: ['slug:h'] }, { draft: 'x', readyOn: NOW, threadUrl: 'javascript:alert(1)' });
    const { reminders } = await snapshot(db);
    expect(reminders.find((r) => r.id === evil.value.reminderId)?.threadUrl).toBeUndefined();
  });
});
