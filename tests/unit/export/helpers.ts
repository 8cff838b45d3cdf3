// Shared test helpers: a predictable pitch classifier and record collection.
import { parseExportFile, type ChunkSource, type ContactRecord, type FileReport } from '../../../src/core/linkedin-export/index.js';
import type { FileParserOptions } from '../../../src/core/linkedin-export/index.js';

/** Tests pin parser behaviour independently of the real detector. */
export const isPitch = (text: string): boolean => /\b(demo|pricing|call|platform)\b/i.test(text);

export async function parse(
  name: string,
  source: ChunkSource,
  options: FileParserOptions = {},
): Promise<{ records: ContactRecord[]; report: FileReport }> {
  const records: ContactRecord[] = [];
  const report = await parseExportFile(name, source, { isPitch, ...options, onBatch: (b) => void records.push(...b) });
  return { records, report };
}

/** Splits text into chunks at the given cut points (for chunk-boundary tests). */
export function* chunked(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export const OWNER_URL = 'https://www.linkedin.com/in/owner-person';

export function messagesCsv(rows: string[][], header = MESSAGES_HEADER): string {
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return [header, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
}

export const MESSAGES_HEADER = [
  'CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS',
  'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT',
];

/** A modern messages.csv row; `sent` from the owner to `other`, else from `other`. */
export function msg(conv: string, other: string, sent: boolean, date: string, content: string, extra: Partial<{ draft: boolean; recipients: string }> = {}): string[] {
  const o = `https://www.linkedin.com/in/${other}`;
  return [
    conv, '', sent ? 'Owner Person' : other, sent ? OWNER_URL : o, sent ? other : 'Owner Person',
    extra.recipients ?? (sent ? o : OWNER_URL), date, '', content, 'INBOX', '', extra.draft ? 'Yes' : 'No', 'No',
  ];
}
