import { describe, expect, it } from 'vitest';
import { connected, ctx, fresh, NOW, DAY, received, sent, snapshot } from './helpers.js';
import { contactSummary, findContactByAlias, holdPitch, recordEvents, setAllowListed, upsertContact } from '../../../src/store/index.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';

describe('aliases and merges', () => {
  it('slug first, member id later, then a ref with both: one contact, every event once', async () => {
    const db = await fresh();
    const a = await recordEvents(db, ctx(), { aliases: ['slug:jane-doe'], name: 'Jane Doe' }, [connected(NOW - 3 * DAY), sent('m:1', NOW - 2 * DAY)]);
    const b = await recordEvents(db, ctx(NOW + 1000), { aliases: ['member:ACoAAB1234567890'] }, [received('m:2', NOW - DAY), sent('m:1', NOW - 2 * DAY)]);
    expect(a.value.contactId).not.toBe(b.value.contactId);

    const merged = await recordEvents(db, ctx(NOW + 2000), { aliases: ['member:ACoAAB1234567890', 'slug:jane-doe'] }, [sent('m:3', NOW)]);
    expect(merged.value.contactId).toBe(a.value.contactId); // the older record survives
    const snap = await snapshot(db);
    expect(snap.contacts).toHaveLength(1);
    expect(snap.contacts[0]!.aliases.sort()).toEqual(['member:ACoAAB1234567890', 'slug:jane-doe']);
    expect(snap.contacts[0]!.name).toBe('Jane Doe');
    expect(snap.events.map((e) => e.key).sort()).toEqual(['c:observed', 'm:1', 'm:2', 'm:3']);
    expect(snap.events.every((e) => e.contactId === a.value.contactId && e.id === `${e.contactId}|${e.key}`)).toBe(true);
    // Reminders of both move onto the survivor, none duplicated.
    expect(snap.reminders.every((r) => r.contactId === a.value.contactId)).toBe(true);
    expect(new Set(snap.reminders.map((r) => r.kind)).size).toBe(snap.reminders.length);

    expect((await findContactByAlias(db, 'member:ACoAAB1234567890'))?.id).toBe(a.value.contactId);
    const summary = await contactSummary(db, { aliases: ['slug:jane-doe'] }, NOW, DEFAULT_SETTINGS);
    expect(summary.summary).toMatchObject({ stage: 'warm', connected: true, replies: 1, warmTouches: 2 });
  });

  it('keeps the best connection date, the allow-listing and held pitches of the absorbed record', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), { aliases: ['slug:sam'] }, [connected(NOW - 40 * DAY, 'observed', 'month')]);
    await setAllowListed(db, ctx(NOW + 1), { aliases: ['member:ACoAAB0000000001'] }, true);
    await recordEvents(db, ctx(NOW + 2), { aliases: ['member:ACoAAB0000000001'] }, [connected(new Date(2026, 0, 5).getTime(), 'imported', 'day')]);
    await holdPitch(db, ctx(NOW + 3), { aliases: ['member:ACoAAB0000000001'] }, { draft: 'Buy our thing', readyOn: NOW + 5 * DAY });
    const up = await upsertContact(db, ctx(NOW + 4), { aliases: ['slug:sam', 'member:ACoAAB0000000001'] });
    const snap = await snapshot(db);
    expect(snap.contacts).toHaveLength(1);
    expect(up.value).toMatchObject({ allowListed: true, connectedOn: new Date(2026, 0, 5).getTime(), connectedPrecision: 'day', connectedSource: 'imported' });
    expect(snap.reminders.filter((r) => r.kind === 'held-pitch')).toEqual([expect.objectContaining({ contactId: up.value.id, draft: 'Buy our thing' })]);
  });

  it('a lookup creates nothing; an unknown person is a stranger', async () => {
    const db = await fresh();
    const s = await contactSummary(db, { aliases: ['slug:nobody'] }, NOW, DEFAULT_SETTINGS);
    expect(s).toEqual({ contactId: null, summary: expect.objectContaining({ stage: 'stranger', connected: false }) });
    expect((await snapshot(db)).contacts).toEqual([]);
  });
});

describe('idempotent, concurrent writes', () => {
  it('re-sending a batch stores nothing new', async () => {
    const db = await fresh();
    const events = [connected(NOW - DAY), sent('m:a', NOW - DAY), sent('m:b', NOW)];
    const first = await recordEvents(db, ctx(), { aliases: ['slug:x'] }, events);
    const again = await recordEvents(db, ctx(NOW + 10), { aliases: ['slug:x'] }, events);
    expect(first.value.added).toBe(3);
    expect(again.value.added).toBe(0);
    const snap = await snapshot(db);
    expect(snap.events).toHaveLength(3);
    expect(snap.reminders.length).toBeGreaterThan(0);
    expect(new Set(snap.reminders.map((r) => r.id)).size).toBe(snap.reminders.length);
  });

  it('many parallel writers on one person lose and duplicate nothing', async () => {
    const db = await fresh();
    const refs = [{ aliases: ['slug:busy'] }, { aliases: ['member:ACoAAB9999999999'] }, { aliases: ['slug:busy', 'member:ACoAAB9999999999'] }];
    const writes = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 0
        ? upsertContact(db, ctx(NOW + i), { ...refs[i % 3]!, name: `Busy ${i}` })
        : recordEvents(db, ctx(NOW + i), refs[i % 3]!, [sent(`m:${i}`, NOW - i * 1000), sent(`m:${(i + 1) % 60}`, NOW - ((i + 1) % 60) * 1000), connected(NOW - 2 * DAY)]),
    );
    await Promise.all(writes);
    // The last writer saw both aliases, so by now there is one contact.
    await upsertContact(db, ctx(NOW + 100), refs[2]!);
    const snap = await snapshot(db);
    expect(snap.contacts).toHaveLength(1);
    expect(snap.events.filter((e) => e.kind === 'message-sent').map((e) => e.key).sort()).toEqual([...writtenKeys()].sort());
    expect(new Set(snap.events.map((e) => e.id)).size).toBe(snap.events.length);
    expect(new Set(snap.reminders.map((r) => r.id)).size).toBe(snap.reminders.length);
  });
});

/** Keys the parallel writers above sent (writers i % 7 === 0 only upsert). */
function writtenKeys(): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < 60; i++) {
    if (i % 7 === 0) continue;
    keys.add(`m:${i}`);
    keys.add(`m:${(i + 1) % 60}`);
  }
  return keys;
}
