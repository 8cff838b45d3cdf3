import { describe, expect, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, received, sent, snapshot } from './helpers.js';
import { exportBackup, holdPitch, MIGRATIONS, parseBackup, recordEvents, replaceAll, setAllowListed, type GkDb } from '../../../src/store/index.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';

async function seeded(): Promise<GkDb> {
  const db = await fresh();
  await recordEvents(db, ctx(), { aliases: ['slug:ann', 'member:ACoAAB1111111111'], name: 'Ann' }, [connected(NOW - DAY), sent('m:1', NOW), received('m:2', NOW)]);
  await recordEvents(db, ctx(), { aliases: ['slug:bob'], name: 'Bob' }, [connected(NOW - 300 * DAY, 'imported')]);
  await holdPitch(db, ctx(), { aliases: ['slug:bob'] }, { draft: 'Pitch', readyOn: NOW + DAY });
  await setAllowListed(db, ctx(), { aliases: ['slug:cy'] }, true);
  return db;
}

/** Restore as the worker does it: check the whole file, then one transaction. */
async function restore(db: GkDb, json: string): Promise<void> {
  const checked = parseBackup(json, NOW, DEFAULT_SETTINGS);
  await replaceAll(db, checked.backup);
}

describe('backup and restore', () => {
  it('round-trips everything, settings included', async () => {
    const db = await seeded();
    const settings = { ...DEFAULT_SETTINGS, minWarmTouches: 3, notifications: true };
    const file = await exportBackup(db, NOW, settings);
    expect(file).toMatchObject({ format: 'gatekeeper-backup', version: 1, schema: MIGRATIONS.length });
    const target = await fresh();
    await recordEvents(target, ctx(), { aliases: ['slug:stale'] }, [sent('m:z', NOW)]);
    const checked = parseBackup(JSON.stringify(file), NOW, DEFAULT_SETTINGS);
    expect(checked.settings).toEqual(settings);
    await replaceAll(target, checked.backup);
    expect(await snapshot(target)).toEqual(await snapshot(db));
  });

  const broken: [string, (json: string) => string, RegExp][] = [
    ['truncated', (j) => j.slice(0, Math.floor(j.length * 0.7)), /not valid JSON/],
    ['not JSON at all', () => 'PK\u0003\u0004 zip bytes', /not valid JSON/],
    ['another format', () => JSON.stringify({ hello: 1 }), /not a Gatekeeper backup/],
    ['a newer version', (j) => JSON.stringify({ ...JSON.parse(j), version: 2 }), /version 2/],
    ['a bad date', (j) => mutate(j, (b) => (b.events[0]!.at = -5)), /damaged at events\.0\.at/],
    ['an unknown field', (j) => mutate(j, (b) => ((b.contacts[0] as unknown as Record<string, unknown>).extra = 1)), /damaged at contacts\.0/],
    ['a dangling event', (j) => mutate(j, (b) => (b.events[0]!.contactId = 'c_gone')), /unknown contact/],
    ['a duplicated alias', (j) => mutate(j, (b) => (b.contacts[1]!.aliases = [...b.contacts[0]!.aliases])), /belongs to two contacts/],
    ['a re-keyed event', (j) => mutate(j, (b) => (b.events[0]!.key = 'other')), /wrong id/],
    ['a duplicated contact id', (j) => mutate(j, (b) => b.contacts.push({ ...b.contacts[0]!, aliases: ['slug:someone-else'] })), /contact c_\w+ appears twice/],
    // Distinct, valid contacts: the size is the only thing wrong, so only the size limit can reject it.
    ['an oversized list', (j) => mutate(j, (b) => (b.contacts = Array.from({ length: 200_001 }, (_, i) => ({ ...b.contacts[0]!, id: `c_many${i}`, aliases: [`slug:many-${i}`] })))), /More than 200000 contacts/],
  ];

  it.each(broken)('rejects %s with a clear error and changes nothing', async (_name, damage, message) => {
    const db = await seeded();
    const before = await snapshot(db);
    const json = damage(JSON.stringify(await exportBackup(db, NOW, DEFAULT_SETTINGS)));
    await expect(restore(db, json)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a write failing mid-restore rolls everything back', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const file = await exportBackup(db, NOW, DEFAULT_SETTINGS);
    // Past validation, but the unique alias index refuses it inside the transaction.
    const clash = { ...file.contacts[0]!, id: 'c_clash' };
    await expect(replaceAll(db, { ...file, contacts: [...file.contacts, clash] })).rejects.toBeTruthy();
    expect(await snapshot(db)).toEqual(before);
  });
});

type Backup = Awaited<ReturnType<typeof exportBackup>>;
function mutate(json: string, fn: (b: Backup) => void): string {
  const b = JSON.parse(json) as Backup;
  fn(b);
  return JSON.stringify(b);
}
