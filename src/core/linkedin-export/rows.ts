// One CSV row → contact records (or why the row was skipped). Pure functions, one per file.
import { connectedKey, invitedKey, messageKey } from '../event-keys.js';
import { profileAliasFromUrl, type ProfileAlias } from '../profile-url.js';
import type { RelEvent } from '../types.js';
import { cell, type ColumnMap } from './columns.js';
import { localDayStart, parseDateTime, parseDay } from './export-dates.js';
import { openerOf } from './text.js';
import type { ContactRecord, OwnerInfo, PitchClassifier, SkipReason } from './types.js';

export type RowOutcome = ContactRecord[] | SkipReason;

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

export function connectionRow(row: string[], map: ColumnMap<'connections'>, rowNo: number): RowOutcome {
  const url = cell(row, map, 'url');
  const first = cell(row, map, 'firstName');
  const last = cell(row, map, 'lastName');
  const day = parseDay(cell(row, map, 'connectedOn'));
  if (!url && !first && !last && !cell(row, map, 'company')) return day ? 'hidden-profile' : 'bad-date';
  // Name-only rows are not matched by name: namesakes are common and the page always knows the URL.
  const alias = profileAliasFromUrl(url);
  if (!alias) return 'no-profile-url';
  if (!day) return 'bad-date';
  const event: RelEvent = {
    kind: 'connected',
    at: localDayStart(day),
    source: 'imported',
    key: connectedKey('imported'),
    precision: 'day',
  };
  const record: ContactRecord = { aliases: [alias], events: [event], file: 'connections', row: rowNo };
  const name = `${first} ${last}`.trim();
  if (name) record.name = name;
  const company = optional(cell(row, map, 'company'));
  if (company) record.company = company;
  const position = optional(cell(row, map, 'position'));
  if (position) record.position = position;
  const email = optional(cell(row, map, 'email'));
  if (email) record.email = email;
  return [record];
}

export type Direction = 'OUTGOING' | 'INCOMING';

export function invitationDirection(row: string[], map: ColumnMap<'invitations'>): Direction | null {
  const d = cell(row, map, 'direction').toUpperCase();
  return d === 'OUTGOING' || d === 'INCOMING' ? d : null;
}

/** The owner's own alias on an invitation row (inviter when outgoing), for owner detection. */
export function invitationOwner(row: string[], map: ColumnMap<'invitations'>): { alias: ProfileAlias | null; name: string } {
  const out = invitationDirection(row, map) === 'OUTGOING';
  return {
    alias: profileAliasFromUrl(cell(row, map, out ? 'inviterUrl' : 'inviteeUrl')),
    name: cell(row, map, out ? 'from' : 'to'),
  };
}

export function invitationRow(
  row: string[],
  map: ColumnMap<'invitations'>,
  rowNo: number,
  isPitch: PitchClassifier,
): RowOutcome {
  const direction = invitationDirection(row, map);
  if (!direction) return 'bad-direction';
  const out = direction === 'OUTGOING';
  const alias = profileAliasFromUrl(cell(row, map, out ? 'inviteeUrl' : 'inviterUrl'));
  if (!alias) return 'no-profile-url';
  const at = parseDateTime(cell(row, map, 'sentAt'), 'local');
  if (at === null) return 'bad-date';
  const note = cell(row, map, 'message');
  const pitch = note !== '' && isPitch(note, 'note');
  const event: RelEvent = {
    kind: out ? 'invited' : 'invite-received',
    at,
    source: 'imported',
    key: invitedKey(out ? 'sent' : 'received'),
    pitch,
  };
  if (note) event.note = note;
  const record: ContactRecord = { aliases: [alias], events: [event], file: 'invitations', row: rowNo };
  const name = cell(row, map, out ? 'to' : 'from');
  if (name) record.name = name;
  if (pitch && out) record.pitchOpener = openerOf(note, name);
  return [record];
}

/** RECIPIENT PROFILE URLS is joined by commas in some files and semicolons in others. */
export function recipientAliases(row: string[], map: ColumnMap<'messages'>): ProfileAlias[] {
  const out = new Set<ProfileAlias>();
  for (const part of cell(row, map, 'recipientUrls').split(/[;,\s]+/)) {
    const alias = part ? profileAliasFromUrl(part) : null;
    if (alias) out.add(alias);
  }
  return [...out];
}

const YES = /^(yes|true|1)$/i;

export function isDraftRow(row: string[], map: ColumnMap<'messages'>): boolean {
  return (
    YES.test(cell(row, map, 'isMessageDraft')) ||
    YES.test(cell(row, map, 'isConversationDraft')) ||
    cell(row, map, 'folder').toUpperCase() === 'DRAFT'
  );
}

export function messageRow(
  row: string[],
  map: ColumnMap<'messages'>,
  rowNo: number,
  owner: OwnerInfo | null,
  isPitch: PitchClassifier,
): RowOutcome {
  if (isDraftRow(row, map)) return 'draft';
  const sender = profileAliasFromUrl(cell(row, map, 'senderUrl'));
  if (!sender) return 'sponsored';
  if (!owner) return 'owner-unknown';
  const at = parseDateTime(cell(row, map, 'date'), 'utc');
  if (at === null) return 'bad-date';
  const content = cell(row, map, 'content');
  const threadId = optional(cell(row, map, 'conversationId'));
  const mine = new Set(owner.aliases);
  if (!mine.has(sender)) {
    const event: RelEvent = { kind: 'message-received', at, source: 'imported', key: messageKey('received', content, at) };
    if (threadId) event.threadId = threadId;
    const record: ContactRecord = { aliases: [sender], events: [event], file: 'messages', row: rowNo };
    const name = cell(row, map, 'from');
    if (name) record.name = name;
    return [record];
  }
  const targets = recipientAliases(row, map).filter((a) => !mine.has(a));
  if (targets.length === 0) return 'no-recipient';
  const pitch = isPitch(content, 'message');
  const key = messageKey('sent', content, at);
  const name = targets.length === 1 ? cell(row, map, 'to') : '';
  const opener = pitch ? openerOf(content, cell(row, map, 'to')) : undefined;
  return targets.map((alias) => {
    const event: RelEvent = { kind: 'message-sent', at, source: 'imported', key, pitch };
    if (threadId) event.threadId = threadId;
    const record: ContactRecord = { aliases: [alias], events: [event], file: 'messages', row: rowNo };
    if (name) record.name = name;
    if (opener) record.pitchOpener = opener;
    return record;
  });
}
