import { describe, expect, expectTypeOf, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, sent, snapshot } from './helpers.js';
import { abortImport, beginImport, finishImport, importBatch, recordEvents, setAllowListed } from '../../../src/store/index.js';
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
});
