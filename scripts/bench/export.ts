// Export import and audit at LinkedIn's scale: 30,000 connections and 200,000 messages,
// generated into a temp dir, parsed from disk in Node (time and peak RSS growth).
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../src/cli/audit.js';
import { parseExportFile } from '../../src/core/linkedin-export/index.js';
import { writeSampleExport } from '../make-sample-export.js';
import type { BenchRow } from './types.js';

const MB = 1024 * 1024;

/** Runs `work`, sampling RSS every 20 ms; returns wall time and the peak growth over the start. */
async function measure(work: () => Promise<void>): Promise<{ ms: number; rssMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, rssMb: (peak - start) / MB };
}

function fmt(m: { ms: number; rssMb: number }, extra = ''): string {
  return `${(m.ms / 1000).toFixed(2)} s, +${m.rssMb.toFixed(0)} MB RSS${extra}`;
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gk-bench-export-'));
  try {
    const { folder, zip } = await writeSampleExport(dir, { connections: 30_000, messages: 200_000, seed: 11, exportedOn: '2026-01-15' });
    const rows: BenchRow[] = [];
    const sizes = {
      connections: (await stat(join(folder, 'Connections.csv'))).size,
      messages: (await stat(join(folder, 'messages.csv'))).size,
      zip: (await stat(zip)).size,
    };

    let records = 0;
    const onBatch = (b: unknown[]): void => void (records += b.length);
    const conn = await measure(async () => {
      await parseExportFile('Connections.csv', createReadStream(join(folder, 'Connections.csv')) as AsyncIterable<Uint8Array>, { onBatch });
    });
    rows.push({
      what: `export: parse 30,000 connections (Node, ${(sizes.connections / MB).toFixed(1)} MB)`,
      measured: fmt(conn, `, ${records} records`),
      budget: '≤ 3 s (Chromium import budget; Node parse only)',
      ok: conn.ms <= 3000,
    });

    records = 0;
    const msgs = await measure(async () => {
      await parseExportFile('messages.csv', createReadStream(join(folder, 'messages.csv')) as AsyncIterable<Uint8Array>, { onBatch });
    });
    rows.push({
      what: `export: parse 200,000 messages with pitch flags (Node, ${(sizes.messages / MB).toFixed(0)} MB)`,
      measured: fmt(msgs, `, ${records} records`),
      budget: '— (RSS growth is mostly uncollected garbage; batches of 500)',
    });

    let out = '';
    let code = -1;
    const audit = await measure(async () => {
      code = await runAudit([zip, '--json', '--now', '2026-01-15'], { stdin: (async function* () {})(), out: (s) => (out += s), err: () => undefined });
    });
    rows.push({
      what: `gatekeeper audit on the same export (zip, ${(sizes.zip / MB).toFixed(1)} MB)`,
      measured: fmt(audit, code === 0 ? '' : ` (exit ${code})`),
      budget: '—',
    });
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
