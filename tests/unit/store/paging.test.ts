import { describe, expect, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, received, sent } from './helpers.js';
import { dashboard, pageAllowListed, pageContacts, recordEvents, searchByName, setAllowListed, type GkDb } from '../../../src/store/index.js';
import type { ContactPage } from '../../../src/messages.js';

async function all(page: (cursor?: string) => Promise<ContactPage>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const p = await page(cursor);
    ids.push(...p.items.map((i) => i.id));
    if (!p.next) return ids;
    cursor = p.next;
  }
  throw new Error('paging did not end');
}

async function seed(db: GkDb): Promise<void> {
  for (let i = 0; i < 45; i++) {
    const events = i % 3 === 0 ? [connected(NOW - i * DAY)] : i % 3 === 1 ? [connected(NOW - i * DAY), received(`m:${i}`, NOW)] : [];
    await recordEvents(db, ctx(), { aliases: [`slug:p${i}`], name: `${i % 2 ? 'Anna' : 'Bert'} ${String(i).padStart(2, '0')}` }, events);
  }
}

describe('paging through indexes', () => {
  it('name prefix: case-insensitive, alphabetical, every match once across pages', async () => {
    const db = await fresh();
    await seed(db);
    const names = async (prefix: string) => {
      const ids = await all((cursor) => searchByName(db, prefix, { limit: 4, cursor }));
      expect(new Set(ids).size).toBe(ids.length);
      return ids.length;
    };
    expect(await names('anna')).toBe(22);
    expect(await names('BERT 1')).toBe(5);
    expect(await names('zed')).toBe(0);
    const first = await searchByName(db, 'a', { limit: 3 });
    expect(first.items.map((i) => i.name)).toEqual(['Anna 01', 'Anna 03', 'Anna 05']);
  });

  it('by stage and connection date: newest first, unknown dates last, no gaps', async () => {
    const db = await fresh();
    await seed(db);
    const warm = await all((cursor) => pageContacts(db, { stage: 'warm', limit: 4, cursor }));
    expect(warm).toHaveLength(15);
    const newest = await pageContacts(db, { stage: 'new', limit: 2 });
    expect(newest.items.map((i) => i.name)).toEqual(['Bert 00', 'Anna 03']);
    const everyone = await all((cursor) => pageContacts(db, { limit: 7, cursor }));
    expect(everyone).toHaveLength(45);
    expect(new Set(everyone).size).toBe(45);
    const oldest = await all((cursor) => pageContacts(db, { order: 'oldest', limit: 7, cursor }));
    expect(oldest).toEqual([...everyone].reverse());
    await expect(pageContacts(db, { cursor: 'garbage' })).rejects.toThrow('Bad cursor');
  });

  it('allow-list: only allow-listed contacts, newest first', async () => {
    const db = await fresh();
    await seed(db);
    await setAllowListed(db, ctx(NOW + 1), { aliases: ['slug:p3'] }, true);
    await setAllowListed(db, ctx(NOW + 2), { aliases: ['slug:p4'] }, true);
    await setAllowListed(db, ctx(NOW + 3), { aliases: ['slug:p5'] }, true);
    await setAllowListed(db, ctx(NOW + 4), { aliases: ['slug:p4'] }, false);
    const ids = await all((cursor) => pageAllowListed(db, { limit: 1, cursor }));
    const page = await pageAllowListed(db);
    expect(ids).toHaveLength(2);
    expect(page.items.map((i) => i.profileUrl)).toEqual(['https://www.linkedin.com/in/p5/', 'https://www.linkedin.com/in/p3/']);
  });

  it('dashboard: counts and lists from indexes', async () => {
    const db = await fresh();
    await seed(db);
    await recordEvents(db, ctx(), { aliases: ['slug:p0'] }, [sent('m:x', NOW)]);
    const d = await dashboard(db, NOW);
    expect(d.totalContacts).toBe(45);
    expect(d.pipeline).toEqual({ stranger: 15, pending: 0, new: 14, warming: 1, warm: 15 });
    // Connected within the last 7 local days: i = 0..6 with a connection (i % 3 != 2).
    expect(d.newConnectionsCount).toBe(5);
    expect(d.newConnections.map((c) => c.name)).toEqual(['Bert 00', 'Anna 01', 'Anna 03', 'Bert 04', 'Bert 06']);
    expect(d.dueCount).toBe(d.due.length);
    expect(d.due.every((r) => r.due <= NOW && r.status === 'due' && r.profileUrl?.startsWith('https://www.linkedin.com/in/'))).toBe(true);
  });
});
