// `gatekeeper audit`: the etiquette report from a LinkedIn data export (zip, folder or CSV).
// The only place that reads the file system for the export; files are streamed, never slurped.
import { createReadStream } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditExport } from '../core/audit.js';
import { renderHtml, renderJson, renderMarkdown } from '../core/audit-render/index.js';
import { kindFromName, type ExportInput, type FileReport } from '../core/linkedin-export/index.js';
import type { CliIO } from './io.js';

export const AUDIT_USAGE = `Usage: gatekeeper audit <export.zip | folder | file.csv> [--json] [--html FILE] [--now YYYY-MM-DD]

Reads LinkedIn's data export (the zip LinkedIn emails you, the folder it unzips to, or
Connections.csv / messages.csv / Invitations.csv) and reports how soon and how often you
pitched after connecting, and how people replied.

  --json          print the report as JSON instead of Markdown
  --html FILE     also write a self-contained HTML page with charts to FILE
  --now DATE      the date the report is "as of" (default: today)
  -h, --help      show this help

Nothing leaves your computer. Exit status: 0 report written, 1 export unreadable, 2 bad usage.`;

interface AuditArgs {
  path: string;
  json: boolean;
  html?: string;
  now: number;
}

function parseArgs(args: string[]): AuditArgs | string {
  let path: string | undefined;
  let json = false;
  let html: string | undefined;
  let now = Date.now();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--html' || a === '--now') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${a} needs a value`;
      if (a === '--html') html = value;
      else {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        if (!m) return `--now wants a date like 2025-03-14, not "${value}"`;
        now = new Date(+m[1]!, +m[2]! - 1, +m[3]!).getTime();
      }
    } else if (a.startsWith('-')) return `unknown option "${a}"`;
    else if (path === undefined) path = a;
    else return `one export at a time (got "${path}" and "${a}")`;
  }
  if (path === undefined) return 'which export? Give the zip, the folder or a CSV file';
  return html === undefined ? { path, json, now } : { path, json, html, now };
}

function fileInput(path: string, name: string, size: number): ExportInput {
  // Node's ReadStream yields Buffers (Uint8Arrays) as an async iterable.
  return { name, size, data: createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array> };
}

/** The export files under a folder (its root and one level down, where the zip's folder lands). */
async function folderInputs(dir: string, depth = 0): Promise<ExportInput[]> {
  const out: ExportInput[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth < 1) out.push(...(await folderInputs(path, depth + 1)));
    else if (entry.isFile() && kindFromName(entry.name)) out.push(fileInput(path, entry.name, (await stat(path)).size));
  }
  return out;
}

function describe(file: FileReport): string {
  const skipped = Object.entries(file.skippedByReason)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  return `${file.file}: ${file.rows} rows, ${file.records} records${skipped ? `; skipped ${skipped}` : ''}`;
}

export async function runAudit(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(AUDIT_USAGE + '\n');
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`gatekeeper audit: ${parsed}\n\n${AUDIT_USAGE}\n`);
    return 2;
  }
  let inputs: ExportInput[];
  try {
    const info = await stat(parsed.path);
    inputs = info.isDirectory()
      ? await folderInputs(parsed.path)
      : [fileInput(parsed.path, parsed.path.split(/[/\\]/).pop() ?? parsed.path, info.size)];
  } catch {
    io.err(`gatekeeper audit: cannot open "${parsed.path}"\n`);
    return 1;
  }
  if (inputs.length === 0) {
    io.err(`gatekeeper audit: "${parsed.path}" holds none of Connections.csv, messages.csv or Invitations.csv\n`);
    return 1;
  }

  const { report, export: exported } = await auditExport(inputs, parsed.now);
  for (const file of exported.files) {
    io.err(file.error ? `warning: ${file.error.message}\n` : `read ${describe(file)}\n`);
  }
  if (exported.files.every((f) => f.error && f.records === 0)) {
    io.err('gatekeeper audit: nothing in the export could be read\n');
    return 1;
  }
  if (!exported.owner) {
    io.err('warning: could not tell which account the export belongs to, so sent and received messages were not counted\n');
  }
  io.out(parsed.json ? renderJson(report) : renderMarkdown(report) + '\n');
  if (parsed.html) {
    try {
      await writeFile(parsed.html, renderHtml(report), 'utf8');
    } catch {
      io.err(`gatekeeper audit: cannot write "${parsed.html}"\n`);
      return 1;
    }
    io.err(`wrote ${parsed.html}\n`);
  }
  return 0;
}
