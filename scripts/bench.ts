// `npm run bench`: runs every scripts/bench/*.ts and prints one table (copy it into the README).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './bench/types.js';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchRow[]> };
  process.stderr.write(`bench: ${file}…\n`);
  const got = await mod.default();
  rows.push(...got);
}

const lines = [
  '| what | measured | budget | within |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.what} | ${r.measured} | ${r.budget} | ${r.ok === undefined ? '—' : r.ok ? 'yes' : '**no**'} |`),
];
process.stdout.write(lines.join('\n') + '\n');
