// The import's vocabulary: what the export parsers hand to the store, the audit and the UI.
import type { RelEvent } from '../types.js';
import type { ProfileAlias } from '../profile-url.js';
import type { ExportFileError } from './errors.js';

/** The three LinkedIn export files Gatekeeper reads. */
export type ExportFileKind = 'connections' | 'messages' | 'invitations';

/**
 * One contact as seen on one row of one file. Rows are not merged: the store merges records by
 * alias (the same person appears on many message rows), which keeps the parser's memory flat.
 * `events` use the shared dedupe keys, so importing the same export twice, or a fact already
 * observed on the page, stores nothing new.
 */
export interface ContactRecord {
  /** Never empty: rows without a profile link are skipped (see SkipReason "no-profile-url"). */
  aliases: ProfileAlias[];
  name?: string;
  company?: string;
  position?: string;
  email?: string;
  /** One event per record today (connected, invited, invite-received, message-sent or -received). */
  events: RelEvent[];
  /**
   * The first few words of a pitch (sent message or invitation note), normalised; only set when
   * the event is a pitch. Feeds the audit's "common openers"; stores need not keep it.
   */
  pitchOpener?: string;
  file: ExportFileKind;
  /** Spreadsheet row number (1-based, every CSV record counted, preamble and header included). */
  row: number;
}

export type SkipReason =
  | 'no-profile-url' // hidden profile, or an older file without URL columns
  | 'hidden-profile' // Connections.csv row with a date and nothing else
  | 'bad-date'
  | 'draft'
  | 'sponsored' // messages.csv row without a sender profile (InMail / sponsored campaign)
  | 'owner-unknown' // messages.csv: the account owner could not be found, so direction is unknown
  | 'no-recipient'
  | 'bad-direction'
  | 'short-row'; // fewer fields than the header: a cut-off last row

export interface SkippedRow {
  file: string;
  row: number;
  reason: SkipReason;
}

export interface ImportProgress {
  file: string;
  kind?: ExportFileKind;
  /** Bytes of this file consumed so far (uncompressed). */
  bytesRead: number;
  /** Size of this file when known (loose files, zip entries with sizes). */
  totalBytes?: number;
  /** CSV records read in this file so far. */
  rows: number;
  /** When the file comes from a zip: compressed bytes of the zip read so far (the best overall bar). */
  archive?: { name: string; bytesRead: number; totalBytes?: number };
}

/** Who exported the data: messages are "sent" when this person is the sender. */
export interface OwnerInfo {
  aliases: ProfileAlias[];
  name?: string;
  source: 'given' | 'invitations' | 'messages';
}

/** Decides whether a sent text is a pitch; defaults to analyzeDraft. */
export type PitchClassifier = (text: string, kind: 'note' | 'message') => boolean;

/** A text or byte source: a whole string, or chunks (Node streams, `File.stream()`, TextDecoderStream). */
export type ChunkSource =
  | string
  | Uint8Array
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<Uint8Array | string>;

export interface ParseOptions {
  signal?: AbortSignal;
  /** Records per onBatch call (default 500): one IndexedDB transaction each. */
  batchSize?: number;
  /** Awaited before more input is read: the consumer's pace is the parser's pace. */
  onBatch?: (records: ContactRecord[]) => void | Promise<void>;
  onProgress?: (progress: ImportProgress) => void;
  /** The account owner when already known (e.g. from the page); otherwise found from the files. */
  owner?: OwnerInfo;
  isPitch?: PitchClassifier;
}

/** The outcome of one file. `error` is set when the file could not be read (fully). */
export interface FileReport {
  file: string;
  kind?: ExportFileKind;
  rows: number;
  records: number;
  /** The first 1,000 skipped rows; `skippedByReason` counts all of them. */
  skipped: SkippedRow[];
  skippedByReason: Partial<Record<SkipReason, number>>;
  owner?: OwnerInfo;
  error?: ExportFileError;
}

export interface ExportReport {
  files: FileReport[];
  /** Files inside a zip (or given loose) that are not part of what Gatekeeper reads. */
  ignored: string[];
  owner?: OwnerInfo;
  records: number;
}
