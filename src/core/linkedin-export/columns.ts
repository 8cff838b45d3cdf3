// Column layouts of each file, matched by name (case, spaces and underscores ignored), so
// every era works: older files lack URL columns, messages.csv has had 9 to 13 columns.
import type { ExportFileKind } from './types.js';

export const COLUMNS = {
  connections: {
    firstName: 'firstname',
    lastName: 'lastname',
    url: 'url',
    email: 'emailaddress',
    company: 'company',
    position: 'position',
    connectedOn: 'connectedon',
  },
  messages: {
    conversationId: 'conversationid',
    title: 'conversationtitle',
    from: 'from',
    senderUrl: 'senderprofileurl',
    to: 'to',
    recipientUrls: 'recipientprofileurls',
    date: 'date',
    subject: 'subject',
    content: 'content',
    folder: 'folder',
    isMessageDraft: 'ismessagedraft',
    isConversationDraft: 'isconversationdraft',
  },
  invitations: {
    from: 'from',
    to: 'to',
    sentAt: 'sentat',
    message: 'message',
    direction: 'direction',
    inviterUrl: 'inviterprofileurl',
    inviteeUrl: 'inviteeprofileurl',
  },
} as const;

type Fields<K extends ExportFileKind> = keyof (typeof COLUMNS)[K];

/** Which headings a row needs to count as that file's header row. */
const REQUIRED: { [K in ExportFileKind]: Fields<K>[] } = {
  connections: ['firstName', 'lastName', 'connectedOn'],
  messages: ['conversationId', 'from', 'date', 'content'],
  invitations: ['from', 'to', 'sentAt', 'direction'],
};

/** Field name → column index, for the fields present in this file. */
export type ColumnMap<K extends ExportFileKind> = Partial<Record<Fields<K>, number>>;

export function normalizeHeading(h: string): string {
  return h.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_\-"]+/g, '');
}

export function mapColumns<K extends ExportFileKind>(kind: K, header: string[]): ColumnMap<K> | null {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normalizeHeading(h);
    if (!index.has(key)) index.set(key, i);
  });
  const names = COLUMNS[kind] as Record<Fields<K>, string>;
  const map: ColumnMap<K> = {};
  for (const field of Object.keys(names) as Fields<K>[]) {
    const i = index.get(names[field]);
    if (i !== undefined) map[field] = i;
  }
  return REQUIRED[kind].every((f) => map[f] !== undefined) ? map : null;
}

/** The file kind whose header this row is, if any (messages first: it shares From/To with invitations). */
export function sniffKind(header: string[]): ExportFileKind | null {
  for (const kind of ['messages', 'invitations', 'connections'] as const) {
    if (mapColumns(kind, header)) return kind;
  }
  return null;
}

/** Reads a field by name from a row; missing columns read as ''. */
export function cell<F extends string>(row: string[], map: Partial<Record<F, number>>, field: NoInfer<F>): string {
  const i = map[field];
  return i === undefined ? '' : (row[i] ?? '').trim();
}
