// Runs one logical write in one transaction: the body, then every touched contact refreshed
// (summary, stage, reminders), then the commit. Any failure aborts the whole thing.
import { refreshContact } from './refresh.js';
import type { GkDb } from './schema.js';
import { Writer, type WriteContext } from './writer.js';

export interface Written<T> {
  value: T;
  /** The badge needs recomputing. */
  remindersChanged: boolean;
  /** Contacts this write created. */
  created: number;
}

export async function write<T>(db: GkDb, ctx: WriteContext, body: (w: Writer) => Promise<T>): Promise<Written<T>> {
  const w = new Writer(db, ctx);
  try {
    const value = await body(w);
    // Contacts are independent: refreshing them concurrently pipelines their reads.
    await Promise.all(w.touchedContacts().map((row) => refreshContact(w, row)));
    await w.commit();
    return { value, remindersChanged: w.remindersChanged, created: w.created };
  } catch (error) {
    w.abort();
    throw error;
  }
}
