// Backup, restore and delete-all. Restore is all-or-nothing: the whole file is parsed and
// checked first, then one transaction replaces everything.
import * as v from 'valibot';
import type { Settings } from '../core/types.js';
import { sanitizeSettings } from '../settings/migrate.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type ContactRow, type EventRow } from './records.js';
import { applySummary, summaryOf, toRelEvent } from './refresh.js';
import { dropContactCaches } from './contact-caches.js';
import { ALL_STORES, type GkDb } from './schema.js';
import { backupSchema } from './backup-schema.js';
import { emptyPipeline, PIPELINE_KEY, shift } from './pipeline.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

export async function exportBackup(db: GkDb, now: number, settings: Settings): Promise<BackupFile> {
  // One snapshot: a read transaction sees no half-done write.
  const tx = db.transaction(['contacts', 'events', 'reminders']);
  const [rows, stored, reminders] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('events').getAll(), tx.objectStore('reminders').getAll()]);
  // The file lists every fact as an event, wherever the store keeps it (see ContactRow.facts).
  const events = [...rows.flatMap((r) => r.facts ?? []), ...stored];
  const contacts = rows.map(({ facts: _facts, ...row }) => row);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, schema: db.version, settings, contacts, events, reminders };
}

/** File text → a checked backup, or a BackupError saying what is wrong. Writes nothing. */
export interface CheckedBackup {
  backup: Omit<BackupFile, 'settings'>;
  settings?: Settings;
}

export function parseBackup(json: string, now: number, settings: Settings): CheckedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new BackupError('This file is not valid JSON; it may be truncated or not a Gatekeeper backup.');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not a Gatekeeper backup.');
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    throw new BackupError(`This backup has version ${String(version)}; this Gatekeeper reads version ${BACKUP_VERSION}.`);
  }
  const parsed = v.safeParse(backupSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new BackupError(`The backup is damaged${where ? ` at ${where}` : ''}: ${issue.message}`);
  }
  // Typed as the store's rows: the schema must describe exactly what the store keeps.
  const backup: Omit<BackupFile, 'settings'> = parsed.output;
  checkReferences(backup);
  // Stages are recomputed with the settings in force, so indexes agree with the engine.
  const restored = parsed.output.settings ? sanitizeSettings(parsed.output.settings) : undefined;
  const byContact = new Map<string, EventRow[]>();
  for (const e of backup.events) {
    const list = byContact.get(e.contactId);
    if (list) list.push(e);
    else byContact.set(e.contactId, [e]);
  }
  for (const c of backup.contacts) {
    const events = (byContact.get(c.id) ?? []).map(toRelEvent);
    applySummary(c, summaryOf(c, events, now, restored ?? settings), events, c.updated);
  }
  return restored ? { backup, settings: restored } : { backup };
}

function checkReferences(b: Omit<BackupFile, 'settings'>): void {
  const fail = (what: string): never => {
    throw new BackupError(`The backup is inconsistent: ${what}.`);
  };
  const contacts = new Set<string>();
  const aliases = new Set<string>();
  for (const c of b.contacts) {
    if (contacts.has(c.id)) fail(`contact ${c.id} appears twice`);
    contacts.add(c.id);
    for (const a of c.aliases) {
      if (aliases.has(a)) fail(`alias ${a} belongs to two contacts`);
      aliases.add(a);
    }
  }
  const events = new Set<string>();
  for (const e of b.events) {
    if (!contacts.has(e.contactId)) fail(`event ${e.id} names an unknown contact`);
    if (e.id !== `${e.contactId}|${e.key}`) fail(`event ${e.id} has a wrong id`);
    if (events.has(e.id)) fail(`event ${e.id} appears twice`);
    events.add(e.id);
  }
  const reminders = new Set<string>();
  for (const r of b.reminders) {
    if (!contacts.has(r.contactId)) fail(`reminder ${r.id} names an unknown contact`);
    if (!r.id.startsWith(`${r.contactId}|`)) fail(`reminder ${r.id} has a wrong id`);
    if (reminders.has(r.id)) fail(`reminder ${r.id} appears twice`);
    reminders.add(r.id);
  }
}

/** Replaces the whole database in one transaction. */
export async function replaceAll(db: GkDb, b: { contacts: ContactRow[]; events: EventRow[]; reminders: BackupFile['reminders'] }): Promise<void> {
  // Every contact changes behind the worker's caches (the restore also ends any import run).
  dropContactCaches(db);
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const writes: Promise<unknown>[] = ALL_STORES.map((s) => tx.objectStore(s).clear());
  const pipeline = emptyPipeline();
  for (const c of b.contacts) {
    writes.push(tx.objectStore('contacts').put(c));
    shift(pipeline, undefined, c.stage);
  }
  writes.push(tx.objectStore('meta').put({ key: PIPELINE_KEY, value: pipeline }));
  for (const e of b.events) writes.push(tx.objectStore('events').put(e));
  for (const r of b.reminders) writes.push(tx.objectStore('reminders').put(r));
  try {
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    writes.forEach((w) => w.catch(() => undefined));
    tx.done.catch(() => undefined);
    throw error;
  }
}

export async function deleteEverything(db: GkDb): Promise<void> {
  await replaceAll(db, { contacts: [], events: [], reminders: [] });
}
