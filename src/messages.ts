// The typed protocol between content scripts, extension pages and the worker: one map of
// request type → payload schema, response type and who may send it. The worker validates
// every payload against these schemas; senders get compile-time checking from the same map.
// Content scripts import only types from here, so valibot stays out of their bundle.
import type { CompiledDetector } from './core/pitch/engine.js';
import * as v from 'valibot';
import type { ProfileAlias } from './core/profile-url.js';
import type { DatePrecision, RelEvent, RelationshipSummary, Stage } from './core/types.js';
import type { BackupFile, ReminderRow } from './store/records.js';

/** Content scripts may only read their contact and record observed facts; pages may do all. */
export type Audience = 'content' | 'page';

const MAX_TEXT = 20_000;

const alias = v.pipe(v.string(), v.regex(/^(slug|member):[^\s]{1,200}$/));

/** How a page names a person: every alias it could read, and the visible name. */
export const contactRefSchema = v.object({
  aliases: v.pipe(v.array(alias), v.minLength(1), v.maxLength(10)),
  name: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
export type ContactRef = v.InferOutput<typeof contactRefSchema>;

export const degreeSchema = v.picklist(['1st', '2nd', '3rd', 'out', 'pending', 'invited-you']);
export type Degree = v.InferOutput<typeof degreeSchema>;

const epoch = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** Facts a content script saw on the page. Imported and manual facts never come from pages. */
export const observedEventSchema = v.object({
  kind: v.picklist(['invited', 'invite-received', 'connected', 'message-sent', 'message-received', 'engaged']),
  at: epoch,
  source: v.literal('observed'),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  pitch: v.optional(v.boolean()),
  precision: v.optional(v.picklist(['exact', 'day', 'week', 'month', 'year'])),
  threadId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
});

/** What the importer (src/core/linkedin-export) hands over: one ContactRecord, events imported. */
const importedEventSchema = v.object({
  ...observedEventSchema.entries,
  source: v.picklist(['observed', 'imported', 'manual']),
});
export const importRecordSchema = v.object({
  aliases: v.pipe(v.array(alias), v.minLength(1), v.maxLength(10)),
  name: v.optional(v.pipe(v.string(), v.maxLength(300))),
  company: v.optional(v.pipe(v.string(), v.maxLength(300))),
  position: v.optional(v.pipe(v.string(), v.maxLength(500))),
  email: v.optional(v.pipe(v.string(), v.maxLength(300))),
  events: v.pipe(v.array(importedEventSchema), v.maxLength(50)),
  pitchOpener: v.optional(v.pipe(v.string(), v.maxLength(500))),
  file: v.picklist(['connections', 'messages', 'invitations']),
  row: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type ImportRecord = v.InferOutput<typeof importRecordSchema>;

export const stageSchema = v.picklist(['stranger', 'pending', 'new', 'warming', 'warm']);

/** Paging: pass `next` from the previous page as `cursor`; null means the end. */
const pageFields = {
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(1000))),
};

const runId = v.pipe(v.string(), v.regex(/^run_[a-z0-9]{1,40}$/));

/** Chrome caps one message at 64 MiB; a bigger backup cannot arrive anyway. */
export const MAX_BACKUP_CHARS = 60 * 1024 * 1024;

export const requestSchemas = {
  ping: v.object({ type: v.literal('ping') }),

  /** The pitch detector's compiled lexicons: the content script receives them instead of bundling them. */
  'pitch.detector': v.object({ type: v.literal('pitch.detector') }),

  /** The relationship with one person (read-only; an unknown person is a stranger). */
  'contact.summary': v.object({ type: v.literal('contact.summary'), contact: contactRefSchema }),

  /** What a profile page shows about a person; a 1st degree after pending/unknown records "connected". */
  'contact.observe': v.object({
    type: v.literal('contact.observe'),
    contact: contactRefSchema,
    headline: v.optional(v.pipe(v.string(), v.maxLength(500))),
    degree: v.optional(degreeSchema),
  }),

  /** Observed events for one person, recorded idempotently by dedupe key. */
  'events.record': v.object({
    type: v.literal('events.record'),
    contact: contactRefSchema,
    events: v.pipe(v.array(observedEventSchema), v.maxLength(500)),
  }),

  /** "Hold the pitch": a reminder carrying the draft, due on its ready day. */
  'pitch.hold': v.object({
    type: v.literal('pitch.hold'),
    contact: contactRefSchema,
    draft: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
    readyOn: epoch,
    threadUrl: v.optional(v.pipe(v.string(), v.maxLength(500))),
  }),

  /** "I know this person." */
  'contact.allowList': v.object({ type: v.literal('contact.allowList'), contact: contactRefSchema, allowListed: v.boolean() }),

  /** What this tab's features found on the page (the popup's health line reads it). */
  'health.report': v.object({
    type: v.literal('health.report'),
    page: v.pipe(v.string(), v.maxLength(40)),
    features: v.pipe(v.array(v.object({ name: v.pipe(v.string(), v.maxLength(40)), found: v.boolean() })), v.maxLength(20)),
    /** The one person the open conversation is with (the popup shows their card). */
    person: v.optional(alias),
  }),

  // ---- Extension pages only (popup, options) ---------------------------------------------

  /** The last health.report of a tab (the popup passes the active tab's id); null when none. */
  'health.get': v.object({ type: v.literal('health.get'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),

  /** The popup's one round trip: due reminders, held pitches, this week's connections, pipeline. */
  dashboard: v.object({ type: v.literal('dashboard') }),

  /** Contacts whose name starts with `prefix` (case-insensitive), by name. */
  'contacts.search': v.object({
    type: v.literal('contacts.search'),
    prefix: v.pipe(v.string(), v.maxLength(300)),
    ...pageFields,
  }),

  /** Contacts by connection date (newest first by default), optionally of one stage. Unknown dates sort as oldest. */
  'contacts.page': v.object({
    type: v.literal('contacts.page'),
    stage: v.optional(stageSchema),
    order: v.optional(v.picklist(['newest', 'oldest'])),
    ...pageFields,
  }),

  /** One contact: record, summary, latest events, reminders. */
  'contact.detail': v.object({ type: v.literal('contact.detail'), contactId: v.pipe(v.string(), v.maxLength(100)) }),

  /** Done, dismiss, or snooze for whole days (the reminder comes back at local midnight). */
  'reminder.act': v.object({
    type: v.literal('reminder.act'),
    reminderId: v.pipe(v.string(), v.maxLength(400)),
    action: v.picklist(['done', 'dismiss', 'snooze']),
    days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
  }),

  /** Allow-listed contacts, most recently allow-listed first. */
  'allowList.list': v.object({ type: v.literal('allowList.list'), ...pageFields }),

  /** Everything (store + settings) as one versioned object; the page saves it as JSON. */
  'backup.export': v.object({ type: v.literal('backup.export') }),

  /**
   * Replaces everything with a backup file's contents (the raw file text, so a truncated file
   * gets a precise error). Validated whole before one all-or-nothing transaction.
   */
  'backup.restore': v.object({ type: v.literal('backup.restore'), json: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS, 'Backup file too large')) }),

  /** Deletes every contact, event, reminder and import run, and resets settings. */
  'data.deleteAll': v.object({ type: v.literal('data.deleteAll'), confirm: v.literal('delete-all') }),

  /**
   * LinkedIn export import: begin → batch* → finish, or abort to undo everything the run wrote.
   * Beginning a new run aborts (undoes) an unfinished earlier one.
   */
  'import.begin': v.object({ type: v.literal('import.begin'), label: v.optional(v.pipe(v.string(), v.maxLength(300))) }),
  /** One importer batch (ParseOptions.onBatch): one transaction, idempotent, merges by alias. */
  'import.batch': v.object({
    type: v.literal('import.batch'),
    runId,
    records: v.pipe(v.array(importRecordSchema), v.maxLength(2000)),
  }),
  'import.finish': v.object({ type: v.literal('import.finish'), runId }),
  'import.abort': v.object({ type: v.literal('import.abort'), runId }),
} as const;

export interface ContactSummaryResponse {
  /** null when the person is not stored yet. */
  contactId: string | null;
  summary: RelationshipSummary;
  name?: string;
  headline?: string;
}

/** One row of a contact list. `profileUrl` is https://www.linkedin.com/in/<slug or member id>/. */
export interface ContactListItem {
  id: string;
  name?: string;
  headline?: string;
  stage: Stage;
  connectedOn?: number;
  connectedPrecision?: DatePrecision;
  degree?: Degree;
  allowListed: boolean;
  profileUrl?: string;
}

export interface ContactPage {
  items: ContactListItem[];
  /** Opaque cursor for the next page; null at the end. */
  next: string | null;
}

/** A reminder with what the popup needs to act on it. */
export interface ReminderView extends Omit<ReminderRow, 'created' | 'updated'> {
  contactName?: string;
  profileUrl?: string;
  stage: Stage;
}

export interface DashboardResponse {
  now: number;
  /** Reminders whose time has come (what the badge shows). */
  dueCount: number;
  /** The first 50 due reminders, oldest first. */
  due: ReminderView[];
  /** Open held pitches (due, planned or snoozed), soonest first, first 50. */
  held: ReminderView[];
  heldCount: number;
  /** Connected in the last 7 local days, newest first, first 50. */
  newConnections: ContactListItem[];
  newConnectionsCount: number;
  pipeline: Record<Stage, number>;
  totalContacts: number;
}

export interface ContactDetailResponse {
  contact: ContactListItem & { aliases: string[]; created: number; updated: number };
  summary: RelationshipSummary;
  /** Newest first, at most 200; `eventCount` has them all. */
  events: RelEvent[];
  eventCount: number;
  reminders: ReminderView[];
}

export interface ImportBatchResponse {
  /** Records accepted in this batch. */
  records: number;
  /** New facts stored (facts already known are not counted: re-sending a batch adds 0). */
  added: number;
  /** Contacts created by this batch. */
  created: number;
}

export interface ImportRunSummary {
  runId: string;
  status: 'active' | 'finished' | 'aborted';
  /** What import.begin was told (e.g. the file names). */
  label?: string;
  startedAt: number;
  endedAt?: number;
  batches: number;
  records: number;
  added: number;
  created: number;
}

export interface HealthReport {
  page: string;
  features: { name: string; found: boolean }[];
  at: number;
  person?: ProfileAlias;
}

export interface Responses {
  ping: { pong: true; version: string };
  'pitch.detector': { detector: CompiledDetector };
  'contact.summary': ContactSummaryResponse;
  'contact.observe': { contactId: string; connectedRecorded: boolean };
  'events.record': { contactId: string; added: number };
  'pitch.hold': { reminderId: string };
  'contact.allowList': { contactId: string };
  'health.report': { stored: true };
  'health.get': { health: HealthReport | null };
  dashboard: DashboardResponse;
  'contacts.search': ContactPage;
  'contacts.page': ContactPage;
  'contact.detail': ContactDetailResponse;
  'reminder.act': { reminder: ReminderView };
  'allowList.list': ContactPage;
  'backup.export': { backup: BackupFile };
  'backup.restore': { contacts: number; events: number; reminders: number; settings: boolean };
  'data.deleteAll': { deleted: true };
  'import.begin': { runId: string; abortedRun?: string };
  'import.batch': ImportBatchResponse;
  'import.finish': ImportRunSummary;
  'import.abort': ImportRunSummary;
}

export const audiences: { [K in MessageType]: readonly Audience[] } = {
  ping: ['content', 'page'],
  'pitch.detector': ['content', 'page'],
  'contact.summary': ['content', 'page'],
  // Pages may record too (manual entries; the E2E path where no content script can be driven).
  'contact.observe': ['content', 'page'],
  'events.record': ['content', 'page'],
  'pitch.hold': ['content', 'page'],
  'contact.allowList': ['content', 'page'],
  'health.report': ['content'],
  'health.get': ['page'],
  dashboard: ['page'],
  'contacts.search': ['page'],
  'contacts.page': ['page'],
  'contact.detail': ['page'],
  'reminder.act': ['page'],
  'allowList.list': ['page'],
  'backup.export': ['page'],
  'backup.restore': ['page'],
  'data.deleteAll': ['page'],
  'import.begin': ['page'],
  'import.batch': ['page'],
  'import.finish': ['page'],
  'import.abort': ['page'],
};

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
export type PayloadOf<K extends MessageType> = Omit<RequestOf<K>, 'type'>;
export type ResponseOf<K extends MessageType> = Responses[K];

/** Every answer is wrapped: handlers never throw across the message boundary. */
export type Reply<K extends MessageType> = { ok: true; data: ResponseOf<K> } | { ok: false; error: string };
