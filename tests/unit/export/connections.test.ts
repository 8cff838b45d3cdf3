import { describe, expect, it } from 'vitest';
import { chunked, parse } from './helpers.js';

const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('Connections.csv', () => {
  it('reads the current era: preamble, quoted commas, doubled quotes, no final newline', async () => {
    const text =
      PREAMBLE +
      HEADER +
      '\nAna,Lima,https://www.linkedin.com/in/ana-lima,,"Stripe, Inc.","Head of ""Growth""",12 Mar 2024' +
      '\nBo,Chen,https://www.linkedin.com/in/Bo%C3%ABl-Chen/,bo@example.com,Acme,CTO,01 Jan 2023';
    const { records, report } = await parse('Connections.csv', text);
    expect(report.error).toBeUndefined();
    expect(report.kind).toBe('connections');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      aliases: ['slug:ana-lima'],
      name: 'Ana Lima',
      company: 'Stripe, Inc.',
      position: 'Head of "Growth"',
      row: 5,
      events: [{ kind: 'connected', at: new Date(2024, 2, 12).getTime(), source: 'imported', key: 'c:imported', precision: 'day' }],
    });
    expect(records[1]).toMatchObject({ aliases: ['slug:boël-chen'], email: 'bo@example.com' });
  });

  it('reads the older era: no preamble, no URL column → rows skipped as no-profile-url', async () => {
    const { records, report } = await parse(
      'Connections.csv',
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Lima,,Acme,CTO,12 Mar 2019\n',
    );
    expect(report.error).toBeUndefined();
    expect(records).toHaveLength(0);
    expect(report.skipped).toEqual([{ file: 'Connections.csv', row: 2, reason: 'no-profile-url' }]);
  });

  it('skips hidden profiles (date-only rows) and bad dates with row numbers', async () => {
    const { records, report } = await parse(
      'Connections.csv',
      `${HEADER}\n,,,,,,12 Mar 2024\nAna,Lima,https://www.linkedin.com/in/ana,,,,someday\n`,
    );
    expect(records).toHaveLength(0);
    expect(report.skippedByReason).toEqual({ 'hidden-profile': 1, 'bad-date': 1 });
    expect(report.skipped.map((s) => s.row)).toEqual([2, 3]);
  });

  it('reads Excel re-saves: BOM, CRLF, semicolons, other date forms', async () => {
    const text =
      '\uFEFFFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n' +
      'Ana;Lima;https://www.linkedin.com/in/ana;;Acme;CTO;3/12/2024\r\n' +
      'Bo;Chen;https://www.linkedin.com/in/bo;;Acme;CTO;2024-03-13\r\n' +
      'Cy;Dee;https://www.linkedin.com/in/cy;;Acme;CTO;14-Mar-24\r\n';
    const { records, report } = await parse('Connections.csv', new TextEncoder().encode(text));
    expect(report.error).toBeUndefined();
    expect(records.map((r) => r.events[0]!.at)).toEqual([12, 13, 14].map((d) => new Date(2024, 2, d).getTime()));
  });

  it('gives the same records however the input is chunked', async () => {
    const text = PREAMBLE + HEADER + '\r\nAna,Lima,https://www.linkedin.com/in/ana,,"A, B",CTO,12 Mar 2024\r\n';
    const whole = await parse('Connections.csv', text);
    for (const size of [1, 3, 7, 64]) {
      const parts = await parse('Connections.csv', chunked(text, size));
      expect(parts.records).toEqual(whole.records);
    }
  });

  it('hands records over in batches of the asked size, awaiting each', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => `P,${i},https://www.linkedin.com/in/p-${i},,,,12 Mar 2024`);
    const sizes: number[] = [];
    let inFlight = false;
    const { parseExportFile } = await import('../../../src/core/linkedin-export/index.js');
    await parseExportFile('Connections.csv', [HEADER, ...rows].join('\n'), {
      batchSize: 500,
      onBatch: async (b) => {
        expect(inFlight).toBe(false);
        inFlight = true;
        await new Promise((r) => setTimeout(r, 1));
        sizes.push(b.length);
        inFlight = false;
      },
    });
    expect(sizes).toEqual([500, 500, 234]);
  });

  it('cancels with an AbortSignal', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `P,${i},https://www.linkedin.com/in/p-${i},,,,12 Mar 2024`);
    const controller = new AbortController();
    const { parseExportFile } = await import('../../../src/core/linkedin-export/index.js');
    await expect(
      parseExportFile('Connections.csv', [HEADER, ...rows].join('\n'), {
        batchSize: 100,
        signal: controller.signal,
        onBatch: () => controller.abort(),
      }),
    ).rejects.toThrow(/abort/i);
  });

  it('reports a missing header, a wrong file, an empty file and a cut-off file', async () => {
    expect((await parse('Connections.csv', 'just,some,data\n1,2,3\n')).report.error?.code).toBe('missing-header');
    const wrong = await parse('Connections.csv', 'From,To,Sent At,Message,Direction\n');
    expect(wrong.report.error?.code).toBe('wrong-file');
    expect(wrong.report.error?.message).toMatch(/invitations/);
    expect((await parse('Connections.csv', '')).report.error?.code).toBe('empty-file');
    const cut = await parse('Connections.csv', `${HEADER}\nAna,Lima,https://www.linkedin.com/in/ana,,"Acme`);
    expect(cut.report.error?.code).toBe('truncated-file');
    const short = await parse('Connections.csv', `${HEADER}\nAna,Lima,https://www.linkedin.com/in/ana,,,,12 Mar 2024\nBo,Ch`);
    expect(short.records).toHaveLength(1);
    expect(short.report.error?.code).toBe('truncated-file');
  });

  it('reports progress with bytes and rows', async () => {
    const seen: { bytesRead: number; rows: number }[] = [];
    await parse('Connections.csv', new TextEncoder().encode(`${HEADER}\nAna,Lima,https://www.linkedin.com/in/ana,,,,12 Mar 2024\n`), {
      totalBytes: 99,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.at(-1)).toMatchObject({ rows: 2, totalBytes: 99, kind: 'connections' });
    expect(seen.at(-1)!.bytesRead).toBeGreaterThan(60);
  });
});
