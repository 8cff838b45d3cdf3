import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readExport, type ContactRecord } from '../../../src/core/linkedin-export/index.js';
import { isPitch, messagesCsv, msg } from './helpers.js';

const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,https://www.linkedin.com/in/ana,,,,12 Mar 2024';
const MESSAGES = messagesCsv(
  ['ana', 'bo', 'cy', 'dee', 'eve'].map((p, i) => msg(`2-${i}`, p, true, '2024-03-13 10:00:00 UTC', 'Quick call?')),
);

async function read(name: string, data: Uint8Array | string, chunk = 1000) {
  const records: ContactRecord[] = [];
  const pieces = function* (): Generator<Uint8Array | string> {
    for (let i = 0; i < data.length; i += chunk) yield data.slice(i, i + chunk);
  };
  const report = await readExport([{ name, size: data.length, data: pieces() }], { isPitch, onBatch: (b) => void records.push(...b) });
  return { records, report };
}

describe('export zip', () => {
  it('reads a Basic export with CSVs at the root and ignores unknown files', async () => {
    const zip = zipSync({
      'Connections.csv': strToU8(CONNECTIONS),
      'messages.csv': strToU8(MESSAGES),
      'Profile.csv': strToU8('First Name,Last Name\nA,B'),
      'guide_messages.csv': strToU8(MESSAGES),
    });
    const { records, report } = await read('Basic_LinkedInDataExport_03-14-2025.zip', zip, 97);
    expect(report.files.map((f) => [f.file, f.kind, f.records, f.error?.code])).toEqual([
      ['Connections.csv', 'connections', 1, undefined],
      ['messages.csv', 'messages', 5, undefined],
    ]);
    expect(report.ignored.sort()).toEqual(['Profile.csv', 'guide_messages.csv']);
    expect(records).toHaveLength(6);
    expect(report.owner?.aliases).toEqual(['slug:owner-person']);
  });

  it('reads a Complete export with the CSVs in a folder, names in any case, stored or deflated', async () => {
    const zip = zipSync(
      {
        'Complete_LinkedInDataExport_03-14-2025/CONNECTIONS.CSV': [strToU8(CONNECTIONS), { level: 0 }],
        'Complete_LinkedInDataExport_03-14-2025/Invitations.csv': strToU8('From,To,Sent At,Message,Direction\n'),
      },
    );
    const { records, report } = await read('Complete_LinkedInDataExport_03-14-2025.zip', zip);
    expect(records).toHaveLength(1);
    expect(report.files.map((f) => f.file).sort()).toEqual(['CONNECTIONS.CSV', 'Invitations.csv']);
  });

  it('reports a cut-off zip per file, keeping what came before', async () => {
    const big = CONNECTIONS + '\n' + Array.from({ length: 3000 }, (_, i) => `P,${i},https://www.linkedin.com/in/p${i},,,,12 Mar 2024`).join('\n');
    const zip = zipSync({ 'Connections.csv': [strToU8(big), { level: 0 }] });
    const { records, report } = await read('Basic_LinkedInDataExport_03-14-2025.zip', zip.slice(0, Math.floor(zip.length / 2)));
    expect(records.length).toBeGreaterThan(100);
    const codes = report.files.map((f) => f.error?.code);
    expect(codes).toContain('truncated-zip');
    expect(codes).toContain('truncated-file');
  });

  it('says so when a .zip is not a zip, or holds no export files', async () => {
    expect((await read('export.zip', 'hello, world')).report.files[0]?.error?.code).toBe('not-a-zip');
    const other = zipSync({ 'notes.txt': strToU8('hi') });
    const { report } = await read('export.zip', other);
    expect(report.files[0]?.error?.code).toBe('no-export-files');
    expect(report.files[0]?.error?.message).toMatch(/Connections\.csv/);
  });

  it('takes loose CSVs, by name or else by header, invitations first for the owner', async () => {
    const invitations =
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
      'Owner Person,Zed,"3/14/25, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/owner-person,https://www.linkedin.com/in/zed\n';
    const oneConversation = messagesCsv([msg('2-a', 'ana', true, '2024-03-13 10:00:00 UTC', 'hi')]);
    const records: ContactRecord[] = [];
    const report = await readExport(
      [
        { name: 'messages.csv', data: oneConversation },
        { name: 'my connections (1).csv', data: CONNECTIONS },
        { name: 'Invitations.csv', data: invitations },
      ],
      { isPitch, onBatch: (b) => void records.push(...b) },
    );
    expect(report.files.map((f) => [f.file, f.kind])).toEqual([
      ['Invitations.csv', 'invitations'],
      ['messages.csv', 'messages'],
      ['my connections (1).csv', 'connections'],
    ]);
    // A single conversation cannot name the owner; Invitations.csv did.
    expect(records.find((r) => r.file === 'messages')?.events[0]?.kind).toBe('message-sent');
  });
});
