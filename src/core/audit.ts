// The etiquette audit: from an export's records, how soon and how often did I pitch, and did
// pitching cold cost replies? Feed records as they stream (collector.add) and read the report.
import { localDaysBetween } from './dates.js';
import type { ProfileAlias } from './profile-url.js';
import type { ContactRecord, ExportInput, ExportReport, OwnerInfo, ParseOptions } from './linkedin-export/index.js';
import { readExport } from './linkedin-export/index.js';

/** Below this many contacts a rate is reported with a caveat. */
export const SMALL_SAMPLE = 20;
export const WITHIN_DAYS = [0, 1, 7, 30] as const;
const TOP_OPENERS = 10;

export interface AuditContact {
  alias: ProfileAlias;
  name?: string;
  /** Local midnight of the connection day. */
  connectedOn?: number;
  firstSentAt: number;
  firstSentWasPitch: boolean;
  /** Local calendar days from connecting to the first message (negative: messaged before connecting). */
  daysToFirstMessage?: number;
  firstPitchAt?: number;
  daysToFirstPitch?: number;
  /** Their first message after my first message. */
  firstReplyAt?: number;
  /** They wrote after my first pitch. */
  repliedAfterPitch?: boolean;
}

export interface ReplyRate {
  contacts: number;
  replied: number;
  /** replied / contacts, or null when there are no contacts. */
  rate: number | null;
}

export interface Bucket {
  label: string;
  count: number;
}

export interface Opener {
  opener: string;
  count: number;
}

export interface AuditReport {
  /** YYYY-MM-DD the report is as of. */
  asOf: string;
  owner?: OwnerInfo;
  totals: {
    contacts: number;
    connections: number;
    messagesSent: number;
    messagesReceived: number;
    pitchesSent: number;
    contactsMessaged: number;
  };
  firstMessages: { total: number; pitches: number; share: number | null };
  /** Contacts whose first pitch came within N days of connecting (of those with a known date, pitched after connecting). */
  pitchedWithin: { days: number; count: number; share: number | null }[];
  pitchedAfterConnecting: number;
  replyRates: {
    /** The first message was the pitch. */
    coldPitch: ReplyRate;
    /** Warm messages first, the pitch later. */
    warmPitch: ReplyRate;
    /** Never pitched: replies after the first message. */
    noPitch: ReplyRate;
    /** Plain words when the groups are too small to compare. */
    caveat?: string;
  };
  daysToFirstPitch: Bucket[];
  invitations: { sent: number; withNote: number; notePitches: number; share: number | null };
  openers: { messages: Opener[]; notes: Opener[] };
  /** Messaged contacts, ordered by first message. */
  contacts: AuditContact[];
}

interface ContactState {
  name?: string;
  connectedOn?: number;
  sent: { at: number; pitch: boolean }[];
  received: number[];
}

export class AuditCollector {
  private readonly contacts = new Map<ProfileAlias, ContactState>();
  private readonly messageOpeners = new Map<string, number>();
  private readonly noteOpeners = new Map<string, number>();
  private lastOpenerRow = '';
  private invitationsSent = 0;
  private notes = 0;
  private notePitches = 0;
  private received = 0;

  add(records: readonly ContactRecord[]): void {
    for (const r of records) {
      const alias = r.aliases[0];
      if (!alias) continue;
      let c = this.contacts.get(alias);
      if (!c) this.contacts.set(alias, (c = { sent: [], received: [] }));
      if (r.name && (!c.name || r.file === 'connections')) c.name = r.name;
      for (const e of r.events) {
        switch (e.kind) {
          case 'connected':
            c.connectedOn = c.connectedOn === undefined ? e.at : Math.min(c.connectedOn, e.at);
            break;
          case 'message-sent':
            c.sent.push({ at: e.at, pitch: e.pitch === true });
            break;
          case 'message-received':
            c.received.push(e.at);
            this.received++;
            break;
          case 'invited':
            this.invitationsSent++;
            if (e.note) this.notes++;
            if (e.pitch) this.notePitches++;
            break;
          default:
            break;
        }
      }
      // A group message yields one record per recipient: count its opener once.
      const rowId = `${r.file}:${r.row}`;
      if (r.pitchOpener && rowId !== this.lastOpenerRow) {
        this.lastOpenerRow = rowId;
        const map = r.file === 'invitations' ? this.noteOpeners : this.messageOpeners;
        map.set(r.pitchOpener, (map.get(r.pitchOpener) ?? 0) + 1);
      }
    }
  }

  report(now: number, owner?: OwnerInfo): AuditReport {
    const contacts: AuditContact[] = [];
    let connections = 0;
    let messagesSent = 0;
    let pitchesSent = 0;
    for (const [alias, c] of this.contacts) {
      if (c.connectedOn !== undefined) connections++;
      messagesSent += c.sent.length;
      pitchesSent += c.sent.filter((s) => s.pitch).length;
      if (c.sent.length > 0) contacts.push(summarizeContact(alias, c));
    }
    contacts.sort((a, b) => a.firstSentAt - b.firstSentAt);

    const firstPitches = contacts.filter((c) => c.firstSentWasPitch).length;
    const afterConnecting = contacts.filter((c) => c.daysToFirstPitch !== undefined && c.daysToFirstPitch >= 0);
    const rate = (group: AuditContact[], replied: (c: AuditContact) => boolean): ReplyRate => {
      const n = group.filter(replied).length;
      return { contacts: group.length, replied: n, rate: group.length ? n / group.length : null };
    };
    const cold = contacts.filter((c) => c.firstSentWasPitch);
    const warm = contacts.filter((c) => !c.firstSentWasPitch && c.firstPitchAt !== undefined);
    const none = contacts.filter((c) => c.firstPitchAt === undefined);
    const replyRates: AuditReport['replyRates'] = {
      coldPitch: rate(cold, (c) => c.repliedAfterPitch === true),
      warmPitch: rate(warm, (c) => c.repliedAfterPitch === true),
      noPitch: rate(none, (c) => c.firstReplyAt !== undefined),
    };
    const caveat = smallSampleCaveat(cold.length, warm.length);
    if (caveat) replyRates.caveat = caveat;

    const report: AuditReport = {
      asOf: isoDay(now),
      totals: {
        contacts: this.contacts.size,
        connections,
        messagesSent,
        messagesReceived: this.received,
        pitchesSent,
        contactsMessaged: contacts.length,
      },
      firstMessages: { total: contacts.length, pitches: firstPitches, share: ratio(firstPitches, contacts.length) },
      pitchedWithin: WITHIN_DAYS.map((days) => {
        const count = afterConnecting.filter((c) => c.daysToFirstPitch! <= days).length;
        return { days, count, share: ratio(count, afterConnecting.length) };
      }),
      pitchedAfterConnecting: afterConnecting.length,
      replyRates,
      daysToFirstPitch: pitchBuckets(contacts),
      invitations: {
        sent: this.invitationsSent,
        withNote: this.notes,
        notePitches: this.notePitches,
        share: ratio(this.notePitches, this.notes),
      },
      openers: { messages: top(this.messageOpeners), notes: top(this.noteOpeners) },
      contacts,
    };
    if (owner) report.owner = owner;
    return report;
  }
}

function summarizeContact(alias: ProfileAlias, c: ContactState): AuditContact {
  const sent = [...c.sent].sort((a, b) => a.at - b.at);
  const first = sent[0]!;
  const firstPitch = sent.find((s) => s.pitch);
  const out: AuditContact = { alias, firstSentAt: first.at, firstSentWasPitch: first.pitch };
  if (c.name) out.name = c.name;
  if (c.connectedOn !== undefined) {
    out.connectedOn = c.connectedOn;
    out.daysToFirstMessage = localDaysBetween(c.connectedOn, first.at);
  }
  const reply = c.received.filter((t) => t > first.at).sort((a, b) => a - b)[0];
  if (reply !== undefined) out.firstReplyAt = reply;
  if (firstPitch) {
    out.firstPitchAt = firstPitch.at;
    if (c.connectedOn !== undefined) out.daysToFirstPitch = localDaysBetween(c.connectedOn, firstPitch.at);
    out.repliedAfterPitch = c.received.some((t) => t > firstPitch.at);
  }
  return out;
}

export const PITCH_BUCKETS: { label: string; test: (days: number | undefined) => boolean }[] = [
  { label: 'before connecting', test: (d) => d !== undefined && d < 0 },
  { label: 'same day', test: (d) => d === 0 },
  { label: '1 day', test: (d) => d === 1 },
  { label: '2–6 days', test: (d) => d !== undefined && d >= 2 && d <= 6 },
  { label: '7–29 days', test: (d) => d !== undefined && d >= 7 && d <= 29 },
  { label: '30–89 days', test: (d) => d !== undefined && d >= 30 && d <= 89 },
  { label: '90+ days', test: (d) => d !== undefined && d >= 90 },
  { label: 'connection date unknown', test: (d) => d === undefined },
];

function pitchBuckets(contacts: AuditContact[]): Bucket[] {
  const pitched = contacts.filter((c) => c.firstPitchAt !== undefined);
  return PITCH_BUCKETS.map(({ label, test }) => ({ label, count: pitched.filter((c) => test(c.daysToFirstPitch)).length }));
}

function smallSampleCaveat(cold: number, warm: number): string | undefined {
  if (cold >= SMALL_SAMPLE && warm >= SMALL_SAMPLE) return undefined;
  return (
    `Only ${cold} contact${cold === 1 ? '' : 's'} got a pitch first and ${warm} after warming up; ` +
    `with fewer than ${SMALL_SAMPLE} in a group the reply rates can be chance, so read them as a hint, not a result.`
  );
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function top(counts: Map<string, number>): Opener[] {
  return [...counts]
    .filter(([opener]) => opener !== '')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_OPENERS)
    .map(([opener, count]) => ({ opener, count }));
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Reads an export (zip or CSVs) and audits it in one pass; per-file problems are in `export.files`. */
export async function auditExport(
  inputs: ExportInput[],
  now: number,
  options: Omit<ParseOptions, 'onBatch'> = {},
): Promise<{ report: AuditReport; export: ExportReport }> {
  const collector = new AuditCollector();
  const exported = await readExport(inputs, { ...options, onBatch: (records) => collector.add(records) });
  return { report: collector.report(now, exported.owner), export: exported };
}
