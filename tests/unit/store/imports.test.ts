import { describe, expect, expectTypeOf, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, sent, snapshot } from './helpers.js';
import { abortImport, beginImport, finishImport, importBatch, recordEvents, setAllowListed, upsertContact } from '../../../src/store/index.js';
import { dropAliasMap } from '../../../src/store/alias-map.js';
import { DEFAULT_SETTINGS, type RelEvent } from '../../../src/core/types.js';
import type { ImportRecord } from '../../../src/messages.js';
import type { ContactRecord } from '../../../src/core/linkedin-export/types.js';

const imported = (e: RelEvent): RelEvent => ({ ...e, source: 'imported' });
function record(aliases: string[], events: RelEvent[], extra: Partial<ImportRecord> = {}): ImportRecord {
  return { aliases, events: events.map(imported), file: 'connections', row: 2, ...extra };
}

const batch1 = [
  // An existing contact seen with a new alias: a merge with the member-id-only record.
  record(['slug:ann', 'member:ACoAAB2222222222'], [connected(NOW - 2 * DAY, 'imported')], { name: 'Ann A', position: 'CTO', company: 'Acme' }),
  record(['slug:new1'], [connected(NOW - 500 * DAY, 'imported')], { name: 'New One' }),
  record(['slug:new1'], [{ kind: 'message-sent', at: NOW - 400 * DAY, source: 'imported', key: 'm:out:x' }], { file: 'messages' }),
];

describe('imports', () => {
  it("the importer's ContactRecord is what import.batch takes", () => {
    expectTypeOf<ContactRecord>().toExtend<ImportRecord>();
  });

  it('batches are idempotent and merge by alias', async () => {
    const db = await fresh();
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    const first = await importBatch(db, ctx(), runId, batch1);
    const again = await importBatch(db, ctx(), runId, batch1);
    expect(first.value).toEqual({ records: 3, added: 3, created: 2 });
    expect(again.value).toEqual({ records: 3, added: 0, created: 0 });
    const run = await finishImport(db, runId, NOW + 1, DEFAULT_SETTINGS);
    expect(run).toMatchObject({ status: 'finished', batches: 2, records: 6, added: 3, created: 2 });
    const snap = await snapshot(db);
    expect(snap.contacts.map((c) => c.name).sort()).toEqual(['Ann A', 'New One']);
    expect(snap.contacts.find((c) => c.name === 'Ann A')?.headline).toBe('CTO at Acme');
    expect(await db.count('journal')).toBe(0);
    await expect(importBatch(db, ctx(), runId, batch1)).rejects.toThrow('not active');
  });

  it('a batch whose later record joins two earlier ones files every fact under the survivor', async () => {
    const db = await fresh();
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    const r = await importBatch(db, ctx(), runId, [
      record(['slug:two'], [sent('m:1', NOW)]),
      record(['member:ACoAAB3333333333'], [sent('m:2', NOW)]),
      record(['member:ACoAAB3333333333', 'slug:two'], [sent('m:3', NOW)]),
    ]);
    expect(r.value).toMatchObject({ added: 3, created: 1 });
    const snap = await snapshot(db);
    expect(snap.contacts).toHaveLength(1);
    expect(snap.events.map((e) => [e.key, e.contactId])).toEqual(expect.arrayContaining(['m:1', 'm:2', 'm:3'].map((k) => [k, snap.contacts[0]!.id])));
    expect(snap.events).toHaveLength(3);
  });

  it('abort leaves what was stored before the run exactly as it was', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), { aliases: ['member:ACoAAB2222222222'], name: 'Ann' }, [sent('m:1', NOW - DAY)]);
    await setAllowListed(db, ctx(), { aliases: ['slug:ann'] }, true);
    await recordEvents(db, ctx(), { aliases: ['slug:zed'] }, [connected(NOW - DAY)]);
    const before = await snapshot(db);

    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await importBatch(db, ctx(NOW + 1), runId, batch1);
    // A page records a fact about a contact the run created, between batches.
    await recordEvents(db, ctx(NOW + 1), { aliases: ['slug:new1'] }, [sent('m:page', NOW)]);
    await importBatch(db, ctx(NOW + 2), runId, [
      record(['slug:zed'], [sent('m:9', NOW)]),
      record(['slug:another'], [connected(NOW, 'imported')]),
      record(['slug:new1'], [sent('m:late', NOW)]),
    ]);
    expect((await snapshot(db)).contacts).toHaveLength(4);
    expect((await snapshot(db)).events.length).toBeGreaterThan(before.events.length + 5);
    // A later batch merges two contacts that existed before the run, one carrying a fact the run added.
    await importBatch(db, ctx(NOW + 3), runId, [record(['slug:zed', 'member:ACoAAB2222222222'], [sent('m:10', NOW)])]);
    expect((await snapshot(db)).contacts).toHaveLength(3);
    const run = await abortImport(db, runId, NOW + 4, DEFAULT_SETTINGS);
    expect(run.status).toBe('aborted');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.count('journal')).toBe(0);
  });

  it('a new run undoes an abandoned one', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await importBatch(db, ctx(), runId, batch1);
    const next = await beginImport(db, NOW + 1, DEFAULT_SETTINGS);
    expect(next.abortedRun).toBe(runId);
    expect(await snapshot(db)).toEqual(before);
  });

  // Batches resolve aliases from an in-memory map of the store: it must follow every write.
  it("a run's alias map follows writes made outside the run, merges, and a restarted worker", async () => {
    const db = await fresh();
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await importBatch(db, ctx(), runId, [record(['slug:a'], [connected(NOW - 500 * DAY, 'imported')])]);
    // A page records a person mid-run, then a batch names them: one contact, not a duplicate.
    await recordEvents(db, ctx(), { aliases: ['slug:b', 'member:ACoAAB4444444444'] }, [sent('m:b', NOW - DAY)]);
    expect((await importBatch(db, ctx(), runId, [record(['member:ACoAAB4444444444'], [sent('m:b2', NOW)])])).value).toMatchObject({ created: 0, added: 1 });
    // A page's write merges two contacts of the run: a batch then finds the survivor by either alias.
    await upsertContact(db, ctx(), { aliases: ['slug:a', 'slug:b'] });
    expect((await importBatch(db, ctx(), runId, [record(['slug:a'], [sent('m:a', NOW)]), record(['slug:b'], [sent('m:b3', NOW)])])).value).toMatchObject({ created: 0, added: 2 });
    // A worker stopped mid-run loses the map: the next batch rebuilds it from the index.
    dropAliasMap(db);
    expect((await importBatch(db, ctx(), runId, [record(['member:ACoAAB4444444444', 'slug:c'], [sent('m:c', NOW)])])).value).toMatchObject({ created: 0, added: 1 });
    await finishImport(db, runId, NOW + 1, DEFAULT_SETTINGS);
    const snap = await snapshot(db);
    expect(snap.contacts).toHaveLength(1);
    expect([...snap.contacts[0]!.aliases].sort()).toEqual(['member:ACoAAB4444444444', 'slug:a', 'slug:b', 'slug:c']);
    expect(snap.events).toHaveLength(6);
  });

  it('after an aborted run, the next run sees the store as it is (no alias of the undone run)', async () => {
    const db = await fresh();
    const first = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await importBatch(db, ctx(), first.runId, [record(['slug:gone'], [connected(NOW - 500 * DAY, 'imported')])]);
    await abortImport(db, first.runId, NOW, DEFAULT_SETTINGS);
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    expect((await importBatch(db, ctx(), runId, [record(['slug:gone'], [connected(NOW - 500 * DAY, 'imported')])])).value).toMatchObject({ created: 1 });
    expect((await snapshot(db)).contacts).toHaveLength(1);
  });

  // The worker prepares a batch while the one before it commits (the page keeps two in flight).
  it('batches sent without waiting resolve against each other, in order', async () => {
    const db = await fresh();
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    // The first batch builds the run's alias map; the next ones resolve from it.
    await importBatch(db, ctx(), runId, [record(['slug:q'], [connected(NOW - 500 * DAY, 'imported')])]);
    const results = await Promise.all([
      importBatch(db, ctx(), runId, [record(['slug:p'], [connected(NOW - 500 * DAY, 'imported')])]),
      importBatch(db, ctx(), runId, [record(['slug:p', 'member:ACoAAB5555555555'], [sent('m:p1', NOW)])]),
      importBatch(db, ctx(), runId, [record(['member:ACoAAB5555555555'], [sent('m:p2', NOW)])]),
    ]);
    expect(results.map((r) => r.value)).toEqual([
      { records: 1, added: 1, created: 1 },
      { records: 1, added: 1, created: 0 },
      { records: 1, added: 1, created: 0 },
    ]);
    expect(await finishImport(db, runId, NOW + 1, DEFAULT_SETTINGS)).toMatchObject({ batches: 4, records: 4, added: 4, created: 2 });
    const snap = await snapshot(db);
    expect(snap.contacts).toHaveLength(2);
    const p = snap.contacts.find((c) => c.aliases.includes('slug:p'))!;
    expect(snap.events.filter((e) => e.contactId === p.id).map((e) => e.key).sort()).toEqual(['c:imported', 'm:p1', 'm:p2']);
  });

  it('a batch sent without waiting fails with the run, and abort undoes every batch', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    const first = importBatch(db, ctx(), runId, batch1);
    const late = importBatch(db, ctx(), 'run_other', batch1);
    await first;
    await expect(late).rejects.toThrow('not active');
    // The failed batch stored nothing and left the run's alias map rebuildable.
    expect((await importBatch(db, ctx(), runId, batch1)).value).toMatchObject({ added: 0, created: 0 });
    await abortImport(db, runId, NOW, DEFAULT_SETTINGS);
    expect(await snapshot(db)).toEqual(before);
  });

  // A new contact keeps its first facts in its row: one record per new connection, not two.
  it("a new contact's facts live in its row and behave as events everywhere", async () => {
    const db = await fresh();
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await importBatch(db, ctx(), runId, [record(['slug:row'], [connected(NOW - 3 * DAY, 'imported')], { name: 'Row' })]);
    await finishImport(db, runId, NOW, DEFAULT_SETTINGS);
    expect(await db.count('events')).toBe(0);
    const [row] = await db.getAll('contacts');
    expect(row?.facts?.map((e) => e.key)).toEqual(['c:imported']);
    // Later facts of the now older contact go to the events store; both count.
    await recordEvents(db, ctx(), { aliases: ['slug:row'] }, [sent('m:r1', NOW)]);
    expect(await db.count('events')).toBe(1);
    const snap = await snapshot(db);
    expect(snap.events.map((e) => e.key).sort()).toEqual(['c:imported', 'm:r1']);
    expect(snap.contacts[0]).not.toHaveProperty('facts');
    // Merged into an older contact, the row's facts move with everything else.
    await recordEvents(db, ctx(NOW - DAY), { aliases: ['member:ACoAAB6666666666'] }, [sent('m:old', NOW - DAY)]);
    const older = (await db.getAll('contacts')).find((c) => c.aliases.includes('member:ACoAAB6666666666'))!;
    await db.put('contacts', { ...older, created: NOW - 10 * DAY });
    await upsertContact(db, ctx(), { aliases: ['slug:row', 'member:ACoAAB6666666666'] });
    const merged = await snapshot(db);
    expect(merged.contacts).toHaveLength(1);
    expect(merged.events.map((e) => [e.key, e.contactId]).sort()).toEqual(['c:imported', 'm:old', 'm:r1'].map((k) => [k, older.id]));
  });
});
