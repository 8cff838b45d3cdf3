import type { IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { connected, ctx, DAY, NOW, received, sent, snapshot } from './helpers.js';
import { contactDetail, contactSummary, dashboard, MIGRATIONS, openStore, pageContacts, recordEvents, holdPitch, searchByName, type Migration } from '../../../src/store/index.js';
import type { ContactPage } from '../../../src/messages.js';
import { addLocalDays } from '../../../src/core/dates.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';
import type { ContactRow } from '../../../src/store/records.js';

/** A hypothetical next version: a new index plus a data rewrite (company split out of the headline). */
const next: Migration = async (_db, tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('byCompany', 'company');
  let cursor = await contacts.openCursor();
  while (cursor) {
    const row = cursor.value as ContactRow & { company?: string };
    const company = row.headline?.split(' at ')[1];
    if (company) await cursor.update({ ...row, company });
    cursor = await cursor.continue();
  }
};

describe('migrations', () => {
  it('0 → 1 creates every store and index on an empty database', async () => {
    const db = await openStore({ name: `mig-empty-${Math.random()}` });
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['contacts', 'events', 'journal', 'meta', 'reminders']);
    expect([...db.transaction('reminders').store.indexNames].sort()).toEqual(['byKindStatusDue', 'byStatusDue', 'contactId']);
    db.close();
  });

  it('1 → 2 drops the events index, keeps every row, and reads each contact’s events in time order', async () => {
    const name = `mig-v1-idx-${Math.random()}`;
    const v1 = await openStore({ name, migrations: MIGRATIONS.slice(0, 1) });
    expect([...v1.transaction('events').store.indexNames]).toEqual(['byContactAt']);
    // Out of time order on purpose; Bob's facts share the store and must not leak into Ann's.
    const ann = await recordEvents(v1, ctx(), { aliases: ['slug:ann'], name: 'Ann' }, [sent('m:2', NOW), connected(NOW - DAY), received('r:1', NOW - 2 * DAY)]);
    await recordEvents(v1, ctx(), { aliases: ['slug:bob'], name: 'Bob' }, [connected(NOW - 100 * DAY), sent('m:9', NOW - 50 * DAY)]);
    const before = await snapshot(v1);
    const detailBefore = await contactDetail(v1, ann.value.contactId, NOW, DEFAULT_SETTINGS);
    v1.close();

    const v2 = await openStore({ name, migrations: MIGRATIONS.slice(0, 2) });
    expect(v2.version).toBe(2);
    expect([...v2.transaction('events').store.indexNames]).toEqual([]);
    expect(await snapshot(v2)).toEqual(before);
    const detail = await contactDetail(v2, ann.value.contactId, NOW, DEFAULT_SETTINGS);
    expect(detail).toEqual(detailBefore);
    expect(detail.events.map((e) => e.key)).toEqual(['m:2', 'c:observed', 'r:1']);
    const bob = await contactSummary(v2, { aliases: ['slug:bob'] }, NOW, DEFAULT_SETTINGS);
    expect(bob.summary).toEqual((await contactDetail(v2, bob.contactId!, NOW, DEFAULT_SETTINGS)).summary);
    // Writes after the migration find the stored facts: re-sending one adds nothing.
    const again = await recordEvents(v2, ctx(), { aliases: ['slug:ann'] }, [sent('m:2', NOW)]);
    expect(again.value).toEqual({ contactId: ann.value.contactId, added: 0 });
    v2.close();
  });

  it('2 → 3 drops byConnected, keeps every row, and pages and counts by connection date exactly as the index did', async () => {
    const name = `mig-v2-${Math.random()}`;
    const v2 = await openStore({ name, migrations: MIGRATIONS.slice(0, 2) });
    for (let i = 0; i < 40; i++) {
      // Dates repeat every 7 contacts, so contacts of different stages share a date (ties go by
      // id); some fall before this week; every third is a stranger with no date at all.
      const at = NOW - (i % 7) * 1.5 * DAY;
      const events = i % 3 === 2 ? [] : i % 3 === 1 ? [connected(at), received(`m:${i}`, NOW)] : [connected(at)];
      await recordEvents(v2, ctx(), { aliases: [`slug:p${i}`], name: `P ${i}` }, events);
    }
    // The old index's order and week count, read from the index itself.
    const old = v2 as unknown as IDBPDatabase;
    const keys: [number, string][] = [];
    for (let c = await old.transaction('contacts').store.index('byConnected').openKeyCursor(); c; c = await c.continue()) keys.push(c.key as [number, string]);
    const weekStart = addLocalDays(NOW, -6);
    const weekCount = await old.countFromIndex('contacts', 'byConnected', IDBKeyRange.bound([weekStart], [[]]));
    expect(new Set(keys.map((k) => k[0])).size).toBeLessThan(keys.length);
    expect(weekCount).toBeGreaterThan(0);
    expect(weekCount).toBeLessThan(keys.length);
    const before = await snapshot(v2);
    v2.close();

    const v3 = await openStore({ name, migrations: MIGRATIONS.slice(0, 3) });
    expect(v3.version).toBe(3);
    expect([...v3.transaction('contacts').store.indexNames].sort()).toEqual(['aliases', 'byAllowListed', 'byName', 'byStage']);
    expect(await snapshot(v3)).toEqual(before);

    // Every page holds the index's next rows, and its cursor is the index key of its last row.
    const pages = async (order: 'newest' | 'oldest'): Promise<ContactPage[]> => {
      const out: ContactPage[] = [];
      for (let cursor: string | undefined; ; ) {
        const page = await pageContacts(v3, { order, limit: 6, cursor });
        out.push(page);
        if (!page.next) return out;
        cursor = page.next;
      }
    };
    for (const [order, expected] of [['oldest', keys], ['newest', [...keys].reverse()]] as const) {
      const got = await pages(order);
      expect(got.flatMap((p) => p.items.map((i) => i.id))).toEqual(expected.map((k) => k[1]));
      expect(got.map((p) => p.next)).toEqual(got.map((_, n) => (n < got.length - 1 ? JSON.stringify(expected[6 * n + 5]) : null)));
    }
    const d = await dashboard(v3, NOW);
    expect(d.newConnectionsCount).toBe(weekCount);
    expect(d.newConnections.map((c) => c.id)).toEqual(
      keys
        .filter((k) => k[0] >= weekStart)
        .reverse()
        .map((k) => k[1]),
    );
    v3.close();
  });

  it('3 → 4 drops byName, keeps every row, and name search pages exactly as the index did', async () => {
    const name = `mig-v3-${Math.random()}`;
    const v3 = await openStore({ name, migrations: MIGRATIONS.slice(0, 3) });
    // Shared names (ties go by id), case differences, an accented name and a nameless contact.
    const names = ['Ann Lee', 'ann lee', 'Anna', ' Änne', 'Bob', 'ANN LEE', 'Annabel', 'Bo', 'anne'];
    for (const [i, n] of names.entries()) await recordEvents(v3, ctx(), { aliases: [`slug:n${i}`], name: n }, [connected(NOW - i * DAY)]);
    await recordEvents(v3, ctx(), { aliases: ['slug:nameless'] }, [connected(NOW)]);
    const old = v3 as unknown as IDBPDatabase;
    const indexKeys = async (prefix: string): Promise<[string, string][]> => {
      const keys: [string, string][] = [];
      const range = IDBKeyRange.bound([prefix], [prefix + '\uffff']);
      for (let c = await old.transaction('contacts').store.index('byName').openKeyCursor(range); c; c = await c.continue()) keys.push(c.key as [string, string]);
      return keys;
    };
    const prefixes = ['ann', 'a', 'b', '', 'ä', 'zed'];
    const expected = await Promise.all(prefixes.map(indexKeys));
    const before = await snapshot(v3);
    v3.close();

    const v4 = await openStore({ name });
    expect(v4.version).toBe(4);
    expect([...v4.transaction('contacts').store.indexNames].sort()).toEqual(['aliases', 'byAllowListed', 'byStage']);
    expect(await snapshot(v4)).toEqual(before);
    for (const [n, prefix] of prefixes.entries()) {
      const ids: string[] = [];
      const cursors: (string | null)[] = [];
      for (let cursor: string | undefined; ; ) {
        const page = await searchByName(v4, prefix.toUpperCase(), { limit: 2, cursor });
        ids.push(...page.items.map((i) => i.id));
        cursors.push(page.next);
        if (!page.next) break;
        cursor = page.next;
      }
      expect(ids, prefix).toEqual(expected[n]!.map((k) => k[1]));
      // Each cursor is the index key of its page's last row, as the index gave it.
      expect(cursors.slice(0, -1), prefix).toEqual(expected[n]!.filter((_, i) => i % 2 === 1 && i < expected[n]!.length - 1).map((k) => JSON.stringify(k)));
    }
    v4.close();
  });

  it('a later migration keeps every row of a populated database and applies the data change', async () => {
    const name = `mig-v1-${Math.random()}`;
    const v1 = await openStore({ name });
    await recordEvents(v1, ctx(), { aliases: ['slug:ann'], name: 'Ann' }, [connected(NOW - DAY), sent('m:1', NOW)]);
    await recordEvents(v1, ctx(), { aliases: ['slug:bob'], name: 'Bob' }, [connected(NOW - 100 * DAY)]);
    await holdPitch(v1, ctx(), { aliases: ['slug:ann'] }, { draft: 'later', readyOn: NOW + 9 * DAY });
    const tx = v1.transaction('contacts', 'readwrite');
    const ann = (await tx.store.getAll()).find((row) => row.nameLower === 'ann')!;
    await tx.store.put({ ...ann, headline: 'CTO at Acme' });
    await tx.done;
    const before = await snapshot(v1);
    v1.close();

    const v2db = await openStore({ name, migrations: [...MIGRATIONS, next] });
    expect(v2db.version).toBe(MIGRATIONS.length + 1);
    const after = await snapshot(v2db);
    expect(after.events).toEqual(before.events);
    expect(after.reminders).toEqual(before.reminders);
    expect(after.contacts.map(({ company: _c, ...rest }: ContactRow & { company?: string }) => rest)).toEqual(before.contacts);
    const byCompany = await (v2db as unknown as { getAllFromIndex(s: string, i: string, q: string): Promise<ContactRow[]> }).getAllFromIndex('contacts', 'byCompany', 'Acme');
    expect(byCompany.map((c) => c.name)).toEqual(['Ann']);
    v2db.close();
  });

  it('a failing migration leaves the older version and its data untouched', async () => {
    const name = `mig-fail-${Math.random()}`;
    const v1 = await openStore({ name });
    await recordEvents(v1, ctx(), { aliases: ['slug:cy'] }, [sent('m:1', NOW)]);
    const before = await snapshot(v1);
    v1.close();
    const broken: Migration = async (_db, tx) => {
      await tx.objectStore('contacts').clear();
      throw new Error('boom');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openStore({ name, migrations: [...MIGRATIONS, broken] })).rejects.toBeTruthy();
    expect(logged).toHaveBeenCalledWith('gatekeeper: migration failed', new Error('boom'));
    logged.mockRestore();
    const again = await openStore({ name });
    expect(again.version).toBe(MIGRATIONS.length);
    expect(await snapshot(again)).toEqual(before);
    again.close();
  });
});
