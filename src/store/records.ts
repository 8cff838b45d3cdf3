// What the store keeps, one interface per object store. Types only: pages and the protocol
// import them without pulling IndexedDB code into their bundles.
import type { Degree } from '../messages.js';
import type { ProfileAlias } from '../core/profile-url.js';
import type { CadenceKind, DatePrecision, EventSource, RelEvent, Settings, Stage } from '../core/types.js';


export interface ContactRow {
  /** Canonical id ("c_" + random); aliases point here. */
  id: string;
  /** Every alias ever seen for this person; unique across contacts (multiEntry index). */
  aliases: ProfileAlias[];
  name?: string;
  /** Lower-cased name for prefix search (the name directory's key); "" when unknown. */
  nameLower: string;
  headline?: string;
  /** Last degree a page showed. */
  degree?: Degree;
  connectedOn?: number;
  connectedSource?: EventSource;
  connectedPrecision?: DatePrecision;
  /** connectedOn, or 0 when unknown: compound indexes skip records with a missing key part. */
  connectedSort: number;
  allowListed: boolean;
  /** Set only while allow-listed: a sparse index lists them without a scan. */
  allowListedAt?: number;
  /** Denormalised from summarize() on every write, for indexed paging and pipeline counts. */
  stage: Stage;
  created: number;
  updated: number;
  /**
   * The first few facts of a contact created by a write (an import's connection date), kept in
   * its row rather than as events rows: Chromium's IndexedDB spends about 0.1 ms of its own CPU
   * per record, however small, so a new connection costs one record, not two. Later facts, and
   * facts moved by a merge, go to the events store; readers take both (eventsOfContact). Absent
   * on rows written before; a backup lists them as events.
   */
  facts?: EventRow[];
}

/** A fact about one contact; id = `${contactId}|${key}` stores the same fact once. */
export interface EventRow extends RelEvent {
  id: string;
  contactId: string;
}

export type ReminderStatus = 'due' | 'done' | 'snoozed' | 'dismissed';

export interface ReminderRow {
  /** Cadence steps: `${contactId}|${kind}` (one per step); held pitches: `${contactId}|held|${hash}`. */
  id: string;
  contactId: string;
  kind: CadenceKind;
  /** Epoch ms; status "due" with a future time is planned, not yet shown. */
  due: number;
  status: ReminderStatus;
  /** The held pitch text. */
  draft?: string;
  threadUrl?: string;
  created: number;
  updated: number;
}

export const BACKUP_FORMAT = 'gatekeeper-backup';
export const BACKUP_VERSION = 1;

/** One JSON file holds everything; restore validates all of it before writing anything. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  /** The store's schema version at export time. */
  schema: number;
  settings?: Settings;
  contacts: ContactRow[];
  events: EventRow[];
  reminders: ReminderRow[];
}
