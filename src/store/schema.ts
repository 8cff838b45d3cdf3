// The database's shape (idb's typed schema) and its versioned migrations.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { emptyPipeline, PIPELINE_KEY } from './pipeline.js';
import type { ContactRow, EventRow, ReminderRow } from './records.js';

export const DB_NAME = 'gatekeeper';

/** meta rows: import runs and worker bookkeeping (e.g. the last notified reminder time). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Undo log of an open import run, deletable by its `${runId}|` id prefix. Either the
 * before-image of one row that existed before the run (once per row per run:
 * `${runId}|${store}|${key}`), or one write's list of the contacts it created (`created`) or of
 * the facts it added to contacts the run did not create (`added-events`): one row per batch
 * instead of one per contact or fact.
 */
export type JournalRow =
  | {
      id: string;
      store: JournaledStore;
      key: string;
      /** undefined: the row did not exist before the run (journals of earlier versions). */
      before?: ContactRow | EventRow | ReminderRow;
    }
  | { id: string; store: 'created'; keys: string[] }
  | { id: string; store: 'added-events'; keys: string[] };

export type JournaledStore = 'contacts' | 'events' | 'reminders';

export interface GatekeeperDB extends DBSchema {
  contacts: {
    key: string;
    value: ContactRow;
    indexes: {
      aliases: string;
      byStage: [string, number, string];
      byAllowListed: [number, string];
    };
  };
  events: { key: string; value: EventRow };
  reminders: {
    key: string;
    value: ReminderRow;
    indexes: { contactId: string; byStatusDue: [string, number]; byKindStatusDue: [string, string, number] };
  };
  meta: { key: string; value: MetaRow };
  journal: { key: string; value: JournalRow };
}

export type GkDb = IDBPDatabase<GatekeeperDB>;
export const ALL_STORES = ['contacts', 'events', 'reminders', 'meta', 'journal'] as const;

/**
 * migrations[n] upgrades version n → n+1, so the database version is migrations.length.
 * A migration may change the schema and rewrite data, awaiting only the upgrade transaction's
 * own requests. Untyped on purpose: each one sees the schema of its own version.
 */
export type Migration = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first schema (an empty database has nothing to carry over).
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    // Unique: one person per alias; merges remove the absorbed record before the union is written.
    contacts.createIndex('aliases', 'aliases', { unique: true, multiEntry: true });
    contacts.createIndex('byName', ['nameLower', 'id']);
    contacts.createIndex('byStage', ['stage', 'connectedSort', 'id']);
    contacts.createIndex('byConnected', ['connectedSort', 'id']);
    // Sparse: only allow-listed contacts carry allowListedAt.
    contacts.createIndex('byAllowListed', ['allowListedAt', 'id']);

    // One index serves "a contact's events" and "in time order" (a plain contactId index would
    // only cost every event write another index entry).
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('byContactAt', ['contactId', 'at']);

    const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
    reminders.createIndex('contactId', 'contactId');
    reminders.createIndex('byStatusDue', ['status', 'due']);
    reminders.createIndex('byKindStatusDue', ['kind', 'status', 'due']);

    // An empty store has an exact pipeline: every later contact write adjusts it.
    db.createObjectStore('meta', { keyPath: 'key' }).put({ key: PIPELINE_KEY, value: emptyPipeline() });
    db.createObjectStore('journal', { keyPath: 'id' });
  },
  // 1 → 2: a contact's events are read by id range (see eventsOfContact): the index only cost
  // every event write another index entry. No data changes.
  (_db, tx) => {
    tx.objectStore('events').deleteIndex('byContactAt');
  },
  // 2 → 3: every contact write paid a byConnected entry; connection-date order is now read by
  // merging byStage's per-stage ranges (see by-connected.ts). No data changes.
  (_db, tx) => {
    tx.objectStore('contacts').deleteIndex('byConnected');
  },
  // 3 → 4: the same for byName; name search reads the worker's name directory (see
  // name-directory.ts). No data changes: rows keep nameLower.
  (_db, tx) => {
    tx.objectStore('contacts').deleteIndex('byName');
  },
];

/** Event ids are `${contactId}|${key}`: one contact's events are one key range. */
function eventRange(contactId: string): IDBKeyRange {
  return IDBKeyRange.bound(`${contactId}|`, `${contactId}|\uffff`);
}

/** The facts of one contact kept as events rows (not those in its row). */
export async function storedEventsOf(events: { getAll(query: IDBKeyRange): Promise<EventRow[]> }, contactId: string): Promise<EventRow[]> {
  const rows = await events.getAll(eventRange(contactId));
  // The range would also hold a contact `${contactId}|…`'s events (ids are only free-form in a backup).
  return rows.filter((r) => r.contactId === contactId);
}

/** All facts of one contact, its row's and the events store's, in time order (ties by id, as the old byContactAt index had them). */
export async function eventsOfContact(events: { getAll(query: IDBKeyRange): Promise<EventRow[]> }, row: Pick<ContactRow, 'id' | 'facts'>): Promise<EventRow[]> {
  const stored = await storedEventsOf(events, row.id);
  const all = row.facts ? [...row.facts, ...stored] : stored;
  return all.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
