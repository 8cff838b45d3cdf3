// alias → contact id for the whole store, held by the worker while an import run is open: a
// batch then resolves its records' aliases in memory instead of one index read each (thousands
// of backend requests per batch). Only a cache: rebuilt from the aliases index when missing (a
// restarted worker), kept in step by every Writer commit, dropped by every other contact write.
import { unwrap } from 'idb';
import type { GkDb } from './schema.js';
import type { RwTx } from './writer.js';

const maps = new WeakMap<GkDb, Map<string, string>>();

export function aliasMapOf(db: GkDb): Map<string, string> | undefined {
  return maps.get(db);
}

export function dropAliasMap(db: GkDb): void {
  maps.delete(db);
}

/** One raw key-cursor pass over the aliases index, in the caller's transaction (its own request). */
export function loadAliasMap(db: GkDb, tx: RwTx): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const map = new Map<string, string>();
    const request = unwrap(tx.objectStore('contacts').index('aliases')).openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        maps.set(db, map);
        resolve(map);
        return;
      }
      map.set(cursor.key as string, cursor.primaryKey as string);
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('Reading the aliases index failed'));
  });
}
