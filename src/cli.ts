#!/usr/bin/env node
// `gatekeeper` — the Node command line: classify drafts, audit a LinkedIn data export.
import { runClassify } from './cli/classify.js';
import { runAudit } from './cli/audit.js';
import type { CliIO } from './cli/io.js';

const USAGE = `Usage: gatekeeper <command> [options]

Commands:
  classify            read JSON Lines {"id","text","kind"?} on stdin, write one verdict per line
  audit <zip|folder>  etiquette report from a LinkedIn data export (--json, --html FILE)

Run "gatekeeper <command> --help" for details.`;

async function main(argv: string[]): Promise<number> {
  const io: CliIO = {
    stdin: process.stdin,
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  };
  const [command, ...rest] = argv;
  switch (command) {
    case 'classify':
      return runClassify(rest, io);
    case 'audit':
      return runAudit(rest, io);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.out(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      io.err(`gatekeeper: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`gatekeeper: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
