// Opening the database: runs every migration between the stored version and the newest.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, MIGRATIONS, type GatekeeperDB, type GkDb, type Migration } from './schema.js';

export interface OpenOptions {
  name?: string;
  /** Tests pass extra (hypothetical) migrations to prove the path from older versions. */
  migrations?: readonly Migration[];
}

export async function openStore(opts: OpenOptions = {}): Promise<GkDb> {
  const migrations = opts.migrations ?? MIGRATIONS;
  return openDB<GatekeeperDB>(opts.name ?? DB_NAME, migrations.length, {
    // idb types the callback as sync; the promise is fine: migrations await only the upgrade
    // transaction's requests, which keeps it alive, and a failure aborts the whole upgrade.
    upgrade(db, oldVersion, _newVersion, tx) {
      const run = async (): Promise<void> => {
        for (let v = oldVersion; v < migrations.length; v++) {
          // Each migration sees an untyped database: its own version's schema, not the newest.
          await migrations[v]!(db as unknown as IDBPDatabase<unknown>, tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>);
        }
      };
      run().catch((error: unknown) => {
        // The open itself rejects with the abort; tx.done's copy of it is not news.
        console.error('gatekeeper: migration failed', error);
        tx.done.catch(() => undefined);
        tx.abort();
      });
    },
    blocking(_current, _blocked, event) {
      // A newer version (after an update) wants to upgrade: step aside instead of blocking it.
      (event.target as IDBDatabase).close();
    },
  });
}
