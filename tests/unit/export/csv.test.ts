import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, sniffDelimiter } from '../../../src/core/linkedin-export/csv.js';

function tokenize(pieces: string[], delimiter = ','): { rows: string[][]; unterminated: boolean } {
  const rows: string[][] = [];
  const t = new CsvTokenizer((r) => rows.push(r), delimiter);
  for (const p of pieces) t.push(p);
  return { rows, unterminated: t.end().unterminatedQuote };
}

describe('CsvTokenizer', () => {
  it('handles quotes, doubled quotes, commas and multi-line fields', () => {
    const { rows } = tokenize(['a,"b, c","say ""hi"""\r\n"multi\nline",,x']);
    expect(rows).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '', 'x'],
    ]);
  });

  it('splits CRLF and doubled quotes across chunk boundaries', () => {
    const text = 'a,"x""y"\r\nb,c\r\n';
    for (let i = 1; i < text.length; i++) {
      expect(tokenize([text.slice(0, i), text.slice(i)]).rows).toEqual([['a', 'x"y'], ['b', 'c']]);
    }
  });

  it('reports an unterminated quote (a cut-off file)', () => {
    expect(tokenize(['a,"never closed\nmore']).unterminated).toBe(true);
    expect(tokenize(['a,"closed"']).unterminated).toBe(false);
  });

  it('emits blank lines as one empty field and no row after a final newline', () => {
    expect(tokenize(['a\n\nb\n']).rows).toEqual([['a'], [''], ['b']]);
  });

  it('agrees with papaparse on any CSV, however it is chunked', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'a"b', ' '));
    const csv = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const text = Papa.unparse(rows, { quotes: true, newline: '\r\n' });
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        const expected = Papa.parse<string[]>(text, { newline: '\r\n', delimiter: ',' }).data;
        expect(tokenize(pieces).rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sniffDelimiter', () => {
  it('finds semicolons and tabs on the header line of Excel re-saves', () => {
    expect(sniffDelimiter('Notes:\n"a, b, c"\n\nFirst Name;Last Name;URL;Connected On\n')).toBe(';');
    expect(sniffDelimiter('From\tTo\tSent At\tDirection\n')).toBe('\t');
    expect(sniffDelimiter('First Name,Last Name,URL\n')).toBe(',');
  });
});
