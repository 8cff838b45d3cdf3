// Importer records → what import.batch accepts. The worker validates every batch whole, so one
// over-long name in a hostile or odd CSV would fail the whole import: records that could break
// a limit are clipped and checked against the protocol's own schema here, and the few that
// still don't fit are set aside as skipped rows. Ordinary records take a cheap path (the schema
// check on all 30,000 rows of a full Connections.csv would cost about a third of a second).
import * as v from 'valibot';
import type { ContactRecord, ExportFileKind } from '../../core/linkedin-export/index.js';
import { importRecordSchema, type ImportRecord } from '../../messages.js';

/** A row the import did not store, with why: the parser's reasons plus the protocol's. */
export interface ListedSkip {
  file: string;
  row: number;
  reason: string;
}

const FILE_NAMES: Record<ExportFileKind, string> = {
  connections: 'Connections.csv',
  messages: 'messages.csv',
  invitations: 'Invitations.csv',
};

// The limits of importRecordSchema (src/messages.ts).
const LIMITS = { name: 300, company: 300, position: 500, email: 300, pitchOpener: 500 } as const;
const TEXT_FIELDS = Object.keys(LIMITS) as (keyof typeof LIMITS)[];
const NOTE_LIMIT = 20_000;
const ALIAS = /^(slug|member):[^\s]{1,200}$/;
const MAX_ALIASES = 10;
const MAX_EVENTS = 50;

/**
 * True when nothing in the record comes near a limit: the parsers' output then fits the schema.
 * The text fields are read by name, not by looping over TEXT_FIELDS: runs for every row, and
 * keyed reads with a changing key were most of its time.
 */
function plainlyValid(r: ContactRecord): boolean {
  if (r.aliases.length === 0 || r.aliases.length > MAX_ALIASES || r.events.length > MAX_EVENTS) return false;
  for (const a of r.aliases) if (!ALIAS.test(a)) return false;
  if (
    (r.name?.length ?? 0) > LIMITS.name ||
    (r.company?.length ?? 0) > LIMITS.company ||
    (r.position?.length ?? 0) > LIMITS.position ||
    (r.email?.length ?? 0) > LIMITS.email ||
    (r.pitchOpener?.length ?? 0) > LIMITS.pitchOpener
  ) {
    return false;
  }
  for (const e of r.events) if ((e.note?.length ?? 0) > NOTE_LIMIT || e.key.length > 200 || (e.threadId?.length ?? 0) > 200) return false;
  return true;
}

function clip(record: ContactRecord): ContactRecord {
  const out: ContactRecord = { ...record, events: record.events.map((e) => (e.note && e.note.length > NOTE_LIMIT ? { ...e, note: e.note.slice(0, NOTE_LIMIT) } : e)) };
  for (const f of TEXT_FIELDS) {
    const value = out[f];
    if (value !== undefined && value.length > LIMITS[f]) out[f] = value.slice(0, LIMITS[f]);
  }
  return out;
}

export function checkRecords(records: readonly ContactRecord[]): { valid: ImportRecord[]; rejected: ListedSkip[] } {
  const valid: ImportRecord[] = [];
  const rejected: ListedSkip[] = [];
  for (const record of records) {
    if (plainlyValid(record)) {
      valid.push(record);
      continue;
    }
    const parsed = v.safeParse(importRecordSchema, clip(record));
    if (parsed.success) valid.push(parsed.output);
    else rejected.push({ file: FILE_NAMES[record.file], row: record.row, reason: 'invalid-record' });
  }
  return { valid, rejected };
}
