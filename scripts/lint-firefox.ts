// `web-ext lint` on dist/firefox, strict: any error fails, and so does any warning or notice
// that is not on the allow-list below (each entry says why it is acceptable). Run after a build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

/** Accepted findings, by code and file, each with its reason. Empty: none are accepted today. */
const ALLOWED: readonly { code: string; file: string; why: string }[] = [];

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = process.argv[2] ?? join(root, 'dist', 'firefox');
const run = spawnSync(join(root, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', sourceDir, '--no-input', '--output', 'json'], { encoding: 'utf8' });
let report: LintReport;
try {
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error(`web-ext lint produced no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

const allowed = (f: Finding): boolean => ALLOWED.some((a) => a.code === f.code && a.file === f.file);
const failing = [...report.errors, ...[...report.warnings, ...report.notices].filter((f) => !allowed(f))];
for (const f of failing) console.error(`${f.code} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} ${f.message}`);
const accepted = report.warnings.length + report.notices.length - failing.length + report.errors.length;
console.log(`web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices (${accepted} allow-listed)`);
process.exit(failing.length > 0 ? 1 : 0);
