// Whatever the bytes, reading an export ends in a report (possibly with an ExportFileError), never a throw.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExportFileError, readExport } from '../../../src/core/linkedin-export/index.js';
import { isPitch } from './helpers.js';

const SAMPLE = 'samples/linkedin-export/';
const real = ['Connections.csv', 'Invitations.csv'].map((f) => readFileSync(SAMPLE + f, 'utf8'));
real.push(readFileSync(SAMPLE + 'messages.csv', 'utf8').slice(0, 20_000));

async function survives(name: string, data: string | Uint8Array): Promise<void> {
  const report = await readExport([{ name, data }], { isPitch });
  for (const f of report.files) if (f.error) expect(f.error).toBeInstanceOf(ExportFileError);
}

/** Deletes, duplicates or replaces a slice of the text. */
const mutation = fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.oneof(fc.string(), fc.constantFrom('"', '\n', ',', '\r', '\uFEFF', '""')));

describe('fuzz', () => {
  it('random strings as each CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('Connections.csv', 'messages.csv', 'Invitations.csv', 'x.csv'), fc.string({ maxLength: 500 }), (name, s) => survives(name, s)),
      { numRuns: 300 },
    );
  });

  it('random bytes as a zip or a CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('export.zip', 'messages.csv'), fc.uint8Array({ maxLength: 500 }), (name, bytes) => survives(name, bytes)),
      { numRuns: 300 },
    );
  });

  it('mutated real files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: real.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), async (which, edits) => {
        let text = real[which]!;
        for (const [at, len, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + len);
        }
        await survives(['Connections.csv', 'Invitations.csv', 'messages.csv'][which]!, text);
      }),
      { numRuns: 150 },
    );
  });

  it('mutated and cut zips', async () => {
    const zip = zipSync({ 'Connections.csv': strToU8(real[0]!), 'Invitations.csv': strToU8(real[1]!) });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: zip.length }), fc.nat({ max: zip.length - 1 }), fc.nat({ max: 255 }), async (cut, at, byte) => {
        const bytes = zip.slice(0, Math.max(cut, 1));
        if (at < bytes.length) bytes[at] = byte;
        await survives('Basic_LinkedInDataExport_01-15-2026.zip', bytes);
      }),
      { numRuns: 200 },
    );
  });
});
