// One logical write = one Writer = one readwrite transaction. It keeps working copies of the
// contacts it touches and their facts (so a batch naming one person many times reads and writes
// them once, and dedupes facts in memory), journals what an open import run changes (so abort
// can undo the run), and awaits nothing but its own transaction's requests.
import { unwrap } from 'idb';
import type { IDBPTransaction } from 'idb';
import type { Settings, Stage } from '../core/types.js';
import { aliasMapOf } from './alias-map.js';
import { dropContactCaches } from './contact-caches.js';
import { newId } from './ids.js';
import { noteNameChanges } from './name-directory.js';
import { isPipeline, PIPELINE_KEY, shift } from './pipeline.js';
import type { ContactRow, EventRow, ReminderRow } from './records.js';
import { ALL_STORES, eventsOfContact, type GatekeeperDB, type GkDb, type JournalRow, type JournaledStore } from './schema.js';

/** Facts a new contact keeps in its row; more would weigh on every list page that reads rows. */
const ROW_FACTS = 4;

export type RwTx = IDBPTransaction<GatekeeperDB, typeof ALL_STORES, 'readwrite'>;

interface Rows {
  contacts: ContactRow;
  events: EventRow;
  reminders: ReminderRow;
}

export interface WriteContext {
  now: number;
  settings: Settings;
  /** Set while an import run writes: every change is journaled for import.abort. */
  runId?: string;
  /** Called once every write is issued and the alias map knows them (the next batch may go on). */
  onIssued?: () => void;
}

/** Journal rows listing the contacts a run created, one per batch: `${runId}|created|…`. */
export function createdRange(runId: string): IDBKeyRange {
  return IDBKeyRange.bound(`${runId}|created|`, `${runId}|created|\uffff`);
}

export class Writer {
  readonly tx: RwTx;
  /** The same transaction unwrapped: the rows' writes skip idb's proxies (thousands per batch). */
  private readonly rawTx: IDBTransaction;
  readonly now: number;
  readonly settings: Settings;
  /** Contacts created by this write. */
  created = 0;
  remindersChanged = false;
  private readonly runId: string | undefined;
  private readonly working = new Map<string, ContactRow>();
  /** What each touched contact looked like in the database (undefined: created here). */
  private readonly before = new Map<string, ContactRow | undefined>();
  private readonly aliasOwner = new Map<string, string>();
  private readonly deleted = new Set<string>();
  private readonly loading = new Map<string, Promise<ContactRow | undefined>>();
  private readonly mergedInto = new Map<string, string>();
  private readonly unknownAliases = new Set<string>();
  private readonly droppedStages: Stage[] = [];
  /** Facts this write added to contacts the run did not create: one journal row per write. */
  private readonly addedEvents: string[] = [];
  /** Every stored fact of a contact, loaded once per write (or empty for one created here). */
  private readonly facts = new Map<string, Promise<Map<string, EventRow>>>();
  /** Contacts created by this write and not merged since: they have no stored reminders. */
  private readonly fresh = new Set<string>();
  /**
   * Contacts the open import run created (in this batch or an earlier one). Nothing of theirs
   * needs a journal: undoing the run deletes them, with their events and reminders by index.
   */
  private readonly runCreated = new Set<string>();
  /** Contacts whose before-image this run has journaled already. */
  private readonly journaled = new Set<string>();
  /** Contacts created at or after this may be the run's own (see `load`). */
  private runStartedAt: Promise<number> = Promise.resolve(-Infinity);
  private runCreatedIds: Promise<Set<string>> | undefined;
  private readonly db: GkDb;
  /** The store's alias → id map (import runs): misses are then known without a request. */
  private aliasMap: ReadonlyMap<string, string> | undefined;
  /**
   * Read first, awaited in commit only after the contacts' puts are issued: awaited before, it
   * would make the worker wait for every write issued so far (and, in an import, for the batch
   * before to commit). Only this transaction writes it.
   */
  private readonly pipelineRow: Promise<unknown>;
  private readonly onIssued: (() => void) | undefined;
  /** Steps that need this transaction's reads, awaited by commit after every write is issued. */
  private readonly deferred: Promise<unknown>[] = [];

  constructor(db: GkDb, ctx: WriteContext) {
    // Relaxed: an import batch need not wait for the disk flush; a crash mid-run is undone by
    // the next import.begin anyway.
    this.tx = db.transaction(ALL_STORES, 'readwrite', ctx.runId ? { durability: 'relaxed' } : {});
    this.rawTx = unwrap(this.tx);
    this.db = db;
    this.now = ctx.now;
    this.settings = ctx.settings;
    this.runId = ctx.runId;
    this.onIssued = ctx.onIssued;
    this.pipelineRow = this.tx
      .objectStore('meta')
      .get(PIPELINE_KEY)
      .then((row) => row?.value);
    // A write that fails before commit never awaits it: its rejection is the abort's, not news.
    this.pipelineRow.catch(() => undefined);
  }

  /** Resolves aliases from `map` (the whole store's, as of this transaction's start) from now on. */
  useAliasMap(map: ReadonlyMap<string, string>): void {
    this.aliasMap = map;
  }

  // ---- contacts (working copies, stored at commit) -----------------------------------

  async contactByAlias(alias: string): Promise<ContactRow | undefined> {
    let id = this.aliasOwner.get(alias);
    if (id === undefined && this.aliasMap) {
      id = this.aliasMap.get(alias);
    } else if (id === undefined && !this.unknownAliases.has(alias)) {
      id = await this.tx.objectStore('contacts').index('aliases').getKey(alias);
      // Only this transaction writes contacts now: a miss stays a miss until we claim the alias.
      if (id === undefined) this.unknownAliases.add(alias);
    }
    return id === undefined ? undefined : this.contact(id);
  }

  async contact(id: string): Promise<ContactRow | undefined> {
    if (this.deleted.has(id)) return undefined;
    const known = this.working.get(id);
    if (known) return known;
    // Concurrent loads of one contact (prefetch) must share one working copy.
    let load = this.loading.get(id);
    if (!load) {
      load = this.load(id);
      this.loading.set(id, load);
    }
    const row = await load;
    return row && !this.deleted.has(id) ? this.working.get(id) : undefined;
  }

  private async load(id: string): Promise<ContactRow | undefined> {
    const [row, entry] = await Promise.all([
      this.tx.objectStore('contacts').get(id),
      this.runId ? this.tx.objectStore('journal').get(`${this.runId}|contacts|${id}`) : undefined,
    ]);
    if (!row) return undefined;
    this.before.set(id, row);
    if (entry?.store === 'contacts') {
      this.journaled.add(id);
      if (!entry.before) this.runCreated.add(id);
    } else if (this.runId && row.created >= (await this.runStartedAt) && (await this.createdByRun()).has(id)) {
      this.runCreated.add(id);
    }
    return this.adopt({ ...row, aliases: [...row.aliases] });
  }

  /**
   * The run's start: older contacts cannot be the run's own, so loading them reads no created
   * lists. A promise: read in this transaction, it is known before any contact it loads.
   */
  openRun(startedAt: Promise<number>): void {
    // Rejected only by an abort, which the write reports itself.
    startedAt.catch(() => undefined);
    this.runStartedAt = startedAt;
  }

  /**
   * Work that waits for this transaction's reads (which wait for the transactions before it):
   * commit awaits it only after issuing every write, so a batch is prepared while the one before
   * it commits. A failure aborts the write.
   */
  defer(step: Promise<unknown>): void {
    // If the body fails first, abort() reports the cause: this rejection is not news.
    step.catch(() => undefined);
    this.deferred.push(step);
  }

  private createdByRun(): Promise<Set<string>> {
    this.runCreatedIds ??= this.tx
      .objectStore('journal')
      .getAll(createdRange(this.runId ?? ''))
      .then((rows) => new Set(rows.flatMap((r) => (r.store === 'created' ? r.keys : []))));
    return this.runCreatedIds;
  }

  /** Loads every contact these aliases name with pipelined requests (a batch's first step). */
  async prefetch(aliases: readonly string[]): Promise<void> {
    const loads: Promise<unknown>[] = [];
    for (const alias of new Set(aliases)) {
      // With the alias map a miss needs no request: only known aliases have a contact to load.
      if (this.aliasMap && !this.aliasOwner.has(alias) && !this.aliasMap.has(alias)) continue;
      loads.push(this.contactByAlias(alias));
    }
    await Promise.all(loads);
  }

  /** Registers a contact (new or loaded) as part of this write. */
  adopt(row: ContactRow): ContactRow {
    if (!this.before.has(row.id)) {
      this.before.set(row.id, undefined);
      this.created++;
      this.fresh.add(row.id);
      this.facts.set(row.id, Promise.resolve(new Map()));
      if (this.runId) this.runCreated.add(row.id);
    }
    this.working.set(row.id, row);
    for (const a of row.aliases) this.aliasOwner.set(a, row.id);
    return row;
  }

  /** Claims aliases for a working contact (after a merge moved them). */
  claimAliases(row: ContactRow): void {
    for (const a of row.aliases) this.aliasOwner.set(a, row.id);
  }

  /** Removes a contact absorbed by a merge. Deleted now, so the survivor's union of aliases fits the unique index. */
  dropContact(id: string, into: string): void {
    this.mergedInto.set(id, into);
    const before = this.before.get(id);
    if (before) this.droppedStages.push(before.stage);
    this.working.delete(id);
    this.deleted.add(id);
    if (before) this.delete('contacts', id, before);
    else this.created--;
  }

  /** The contact that now holds what `id` held (itself unless merged away in this write). */
  survivorOf(id: string): string {
    let current = id;
    for (let next = this.mergedInto.get(current); next !== undefined; next = this.mergedInto.get(current)) current = next;
    return current;
  }

  touchedContacts(): ContactRow[] {
    return [...this.working.values()];
  }

  // ---- rows -----------------------------------------------------------------------------

  // Writes are raw requests, not idb promises: a failed one aborts the transaction and commit's
  // tx.done rejects, and a 5,000-event batch skips 5,000 promise wrappers.
  put<S extends JournaledStore>(store: S, row: Rows[S], before: Rows[S] | undefined): void {
    if (store === 'events' && !before) {
      if (this.runId && !this.ownedByRun(store, row)) this.addedEvents.push(row.id);
    } else if (!this.ownedByRun(store, row)) this.journal(store, row.id, before);
    if (store === 'reminders') this.remindersChanged = true;
    this.rawTx.objectStore(store).put(row);
  }

  delete<S extends JournaledStore>(store: S, key: string, before: Rows[S]): void {
    if (!this.ownedByRun(store, before)) this.journal(store, key, before);
    if (store === 'reminders') this.remindersChanged = true;
    this.rawTx.objectStore(store).delete(key);
  }

  /** Stores the events whose fact (id) is not stored yet; returns how many were new. */
  async addEvents(rows: readonly EventRow[]): Promise<number> {
    const unique = new Map<string, EventRow>();
    for (const row of rows) unique.set(row.id, row);
    // One key-range read per contact (pipelined), not one key lookup per fact. Plain loops: an
    // import batch passes thousands of facts, and per-fact tuples and closures showed up in profiles.
    const pending = new Map<string, Promise<Map<string, EventRow>>>();
    for (const row of unique.values()) if (!pending.has(row.contactId)) pending.set(row.contactId, this.factsOf(row.contactId));
    const loaded = await Promise.all(pending.values());
    const known = new Map<string, Map<string, EventRow>>();
    let i = 0;
    for (const id of pending.keys()) known.set(id, loaded[i++]!);
    let added = 0;
    for (const row of unique.values()) {
      const facts = known.get(row.contactId)!;
      if (facts.has(row.id)) continue;
      facts.set(row.id, row);
      const owner = this.fresh.has(row.contactId) ? this.working.get(row.contactId) : undefined;
      // A contact this write creates keeps its first facts in its row (see ContactRow.facts):
      // nothing to journal, undoing the run or the write removes the row with them.
      if (owner && (owner.facts?.length ?? 0) < ROW_FACTS) (owner.facts ??= []).push(row);
      else this.put('events', row, undefined);
      added++;
    }
    return added;
  }

  /** A contact's stored facts, including this write's. */
  async eventsOf(contactId: string): Promise<EventRow[]> {
    return [...(await this.factsOf(contactId)).values()];
  }

  private factsOf(contactId: string): Promise<Map<string, EventRow>> {
    let facts = this.facts.get(contactId);
    if (!facts) {
      facts = eventsOfContact(this.tx.objectStore('events'), this.working.get(contactId) ?? { id: contactId }).then((rows) => new Map(rows.map((r) => [r.id, r])));
      this.facts.set(contactId, facts);
    }
    return facts;
  }

  /** A contact's stored reminders (a fresh contact's are only those this write adds, after planning). */
  async remindersOf(contactId: string): Promise<ReminderRow[]> {
    return this.fresh.has(contactId) ? [] : this.tx.objectStore('reminders').index('contactId').getAll(contactId);
  }

  /** A merge moves stored rows between contacts: read those contacts' rows from the store from now on. */
  unfresh(...ids: string[]): void {
    for (const id of ids) {
      this.fresh.delete(id);
      this.facts.delete(id);
    }
  }

  private ownedByRun(store: JournaledStore, row: ContactRow | EventRow | ReminderRow): boolean {
    return this.runCreated.has(store === 'contacts' ? row.id : (row as EventRow | ReminderRow).contactId);
  }

  /**
   * The first before-image per row and run wins: `add` fails on an existing journal key, and
   * that failure is swallowed so it cannot abort the transaction.
   */
  private journal(store: JournaledStore, key: string, before: ContactRow | EventRow | ReminderRow | undefined): void {
    if (!this.runId) return;
    if (store === 'contacts') {
      // Known journaled (seen at load): skip the add that would only fail.
      if (this.journaled.has(key)) return;
      this.journaled.add(key);
    }
    const entry: JournalRow = { id: `${this.runId}|${store}|${key}`, store, key, ...(before ? { before } : {}) };
    this.journalAdd(entry);
  }

  private journalAdd(entry: JournalRow): void {
    const request = this.rawTx.objectStore('journal').add(entry);
    request.onerror = (event) => {
      event.preventDefault();
      event.stopPropagation();
    };
  }

  // ---- commit ---------------------------------------------------------------------------

  /**
   * Stores the working contacts (after write() refreshed them), adjusts the pipeline, waits for
   * the commit. Everything that needs no read is issued first: the pipeline row and deferred
   * steps resolve only once this transaction runs, after the one before it has committed.
   */
  async commit(): Promise<void> {
    const createdHere: string[] = [];
    for (const row of this.working.values()) {
      const before = this.before.get(row.id);
      if (!before) createdHere.push(row.id);
      this.put('contacts', row, before);
    }
    // One journal row per write and kind instead of one per contact or fact.
    if (this.runId && createdHere.length > 0) this.journalAdd({ id: `${this.runId}|created|${newId('b')}`, store: 'created', keys: createdHere });
    if (this.addedEvents.length > 0) this.journalAdd({ id: `${this.runId}|added-events|${newId('b')}`, store: 'added-events', keys: this.addedEvents });
    this.syncAliasMap();
    noteNameChanges(this.db, this.deleted, this.working.values());
    this.onIssued?.();
    const stored = await this.pipelineRow;
    // Without a row there is nothing to adjust: the next reader counts.
    if (isPipeline(stored)) {
      const pipeline = { ...stored };
      for (const row of this.working.values()) shift(pipeline, this.before.get(row.id)?.stage, row.stage);
      for (const stage of this.droppedStages) shift(pipeline, stage, undefined);
      this.rawTx.objectStore('meta').put({ key: PIPELINE_KEY, value: pipeline });
    }
    await Promise.all(this.deferred);
    await this.tx.done;
  }

  /**
   * Issued: the worker's alias map (if any) learns this write's aliases and forgets merged-away
   * contacts now, before the commit, so the next import batch can resolve against them (its
   * transaction runs after this one). Should this write fail, abort() drops the map.
   */
  private syncAliasMap(): void {
    const map = aliasMapOf(this.db);
    if (!map) return;
    for (const id of this.deleted) for (const a of this.before.get(id)?.aliases ?? []) if (map.get(a) === id) map.delete(a);
    for (const row of this.working.values()) for (const a of row.aliases) map.set(a, row.id);
  }

  /** Aborts, swallowing the abort's own rejection; the caller rethrows its cause. */
  abort(): void {
    // The caches may already name what this write will now never store.
    dropContactCaches(this.db);
    try {
      this.tx.abort();
    } catch {
      // already finished or aborted
    }
    this.tx.done.catch(() => undefined);
  }
}
