import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/cli/audit.js';

const ZIP = 'samples/Basic_LinkedInDataExport_01-15-2026.zip';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAudit(args, { stdin: (async function* () {})(), out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('gatekeeper audit', () => {
  it('audits the sample zip as JSON and writes the HTML page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gk-audit-'));
    const html = join(dir, 'audit.html');
    const { code, out, err } = await run([ZIP, '--json', '--now', '2026-01-15', '--html', html]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { asOf: string; totals: { connections: number }; owner: { name: string } };
    expect(report.asOf).toBe('2026-01-15');
    expect(report.totals.connections).toBe(297);
    expect(report.owner.name).toBe('Alex Sample');
    expect(err).toMatch(/Connections\.csv: \d+ rows/);
    expect(await readFile(html, 'utf8')).toMatch(/<svg[\s\S]*<\/html>/);
  });

  it('audits the unzipped folder as Markdown', async () => {
    const { code, out } = await run(['samples/linkedin-export', '--now', '2026-01-15']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# LinkedIn etiquette audit/);
  });

  it('explains usage, bad options and unreadable exports with exit codes', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run([])).code).toBe(2);
    expect((await run([ZIP, '--now', 'yesterday'])).code).toBe(2);
    expect((await run([ZIP, '--bogus'])).code).toBe(2);
    expect((await run(['/nonexistent/export.zip'])).code).toBe(1);
    const dir = await mkdtemp(join(tmpdir(), 'gk-audit-'));
    const fake = join(dir, 'export.zip');
    await writeFile(fake, 'not a zip at all');
    const bad = await run([fake]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not a zip file/);
  });
});
