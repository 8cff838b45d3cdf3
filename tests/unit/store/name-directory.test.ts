// Name search reads the worker's name directory: every way contacts change must show in the
// next search, whether the directory was built before, during or after the change.
import { describe, expect, it } from 'vitest';
import { connected, ctx, fresh, NOW } from './helpers.js';
import { abortImport, beginImport, exportBackup, importBatch, recordEvents, replaceAll, searchByName, type GkDb } from '../../../src/store/index.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';

async function names(db: GkDb, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await searchByName(db, prefix, { limit: 2, cursor });
    out.push(...page.items.map((i) => i.name ?? ''));
    if (!page.next) return out;
    cursor = page.next;
  }
}

const person = (slug: string, name?: string) => ({ aliases: [`slug:${slug}`], ...(name ? { name } : {}) });

describe('name directory', () => {
  it('follows creates, renames and merges made after it was built', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), person('ann', 'Ann Lee'), [connected(NOW)]);
    await recordEvents(db, ctx(), { aliases: ['member:ACoAAB2222222222'], name: 'Annabel' }, [connected(NOW)]);
    expect(await names(db, 'ann')).toEqual(['Ann Lee', 'Annabel']);

    await recordEvents(db, ctx(), person('bo', 'Anna Bo'), [connected(NOW)]);
    await recordEvents(db, ctx(), person('ann', 'Zoe Lee'), []);
    expect(await names(db, 'ann')).toEqual(['Anna Bo', 'Annabel']);
    expect(await names(db, 'zoe')).toEqual(['Zoe Lee']);

    // One person under two records: the merge keeps one of them, and search shows one.
    await recordEvents(db, ctx(), { aliases: ['slug:bo', 'member:ACoAAB2222222222'] }, []);
    expect(await names(db, 'ann')).toHaveLength(1);
    expect((await exportBackup(db, NOW, DEFAULT_SETTINGS)).contacts).toHaveLength(2);
  });

  it('keeps a write that commits while it is being built', async () => {
    const db = await fresh();
    for (let i = 0; i < 30; i++) await recordEvents(db, ctx(), person(`p${i}`, `Pat ${String(i).padStart(2, '0')}`), []);
    const early = searchByName(db, 'pat', { limit: 50 });
    // Issued while the first pass reads: its change waits for the pass and is applied over it.
    const late = recordEvents(db, ctx(), person('late', 'Pat Late'), []);
    await late;
    expect((await early).items.length).toBeGreaterThanOrEqual(30);
    expect(await names(db, 'pat late')).toEqual(['Pat Late']);
    expect(await names(db, 'pat')).toHaveLength(31);
  });

  it('is rebuilt after a restore and after an import is undone', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), person('ann', 'Ann Lee'), [connected(NOW)]);
    const backup = await exportBackup(db, NOW, DEFAULT_SETTINGS);
    expect(await names(db, '')).toEqual(['Ann Lee']);

    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await importBatch(db, ctx(), runId, [
      { aliases: ['slug:new1'], name: 'Ann New', events: [{ ...connected(NOW), source: 'imported' }], file: 'connections', row: 2 },
      { aliases: ['slug:ann'], name: 'Ann Leigh', events: [], file: 'connections', row: 3 },
    ]);
    expect(await names(db, 'ann')).toEqual(['Ann Leigh', 'Ann New']);
    // Undone: the new contact goes, the renamed one comes back under its old name.
    await abortImport(db, runId, NOW, DEFAULT_SETTINGS);
    expect(await names(db, 'ann')).toEqual(['Ann Lee']);

    await recordEvents(db, ctx(), person('bob', 'Bob'), []);
    await recordEvents(db, ctx(), person('ann', 'Ann X'), []);
    expect(await names(db, '')).toEqual(['Ann X', 'Bob']);
    await replaceAll(db, backup);
    expect(await names(db, '')).toEqual(['Ann Lee']);
  });

  it('forgets what a failed write noted', async () => {
    const db = await fresh();
    await recordEvents(db, ctx(), person('ann', 'Ann Lee'), []);
    const { runId } = await beginImport(db, NOW, DEFAULT_SETTINGS);
    await abortImport(db, runId, NOW, DEFAULT_SETTINGS);
    expect(await names(db, 'ann')).toEqual(['Ann Lee']);
    // The batch is resolved and issued (the rename noted) before its run turns out to be over.
    await expect(importBatch(db, ctx(), runId, [{ aliases: ['slug:ann'], name: 'Ann Ghost', events: [], file: 'connections', row: 2 }])).rejects.toThrow('not active');
    expect(await names(db, 'ann')).toEqual(['Ann Lee']);
  });

  it('never shows a row under a name it no longer has', async () => {
    const db = await fresh();
    const ann = await recordEvents(db, ctx(), person('ann', 'Ann Lee'), []);
    expect(await names(db, 'ann')).toEqual(['Ann Lee']);
    // Renamed behind the directory's back (no Writer): left out rather than shown as Ann.
    const row = (await db.get('contacts', ann.value.contactId))!;
    await db.put('contacts', { ...row, name: 'Zed', nameLower: 'zed' });
    expect(await names(db, 'ann')).toEqual([]);
  });

  it('rejects a cursor that is not a name key', async () => {
    const db = await fresh();
    await expect(searchByName(db, 'a', { cursor: '[1,2]' })).rejects.toThrow('Bad cursor');
    await expect(searchByName(db, 'a', { cursor: 'nope' })).rejects.toThrow('Bad cursor');
  });
});
