// `gatekeeper classify`: JSON Lines in, one verdict line out per input line, in order, streaming.
import { analyzeDraft } from '../core/pitch/index.js';
import type { AnalyzeOptions, DraftAnalysis } from '../core/types.js';
import type { CliIO } from './io.js';

export const CLASSIFY_USAGE = `Usage: gatekeeper classify [--help] < drafts.jsonl

Reads JSON Lines on stdin, one draft per line:
  {"id": "a1", "text": "Thanks for connecting!", "kind": "note"}
    id    string or number, echoed back (optional)
    text  the draft (required)
    kind  "note" (connection note) or "message" (optional)

Writes one JSON line per input line, in input order:
  {"id": "a1", "pitch": false, "score": 0.042, "lang": "en", "reasons": []}
A line that cannot be read gets {"id": <id or null>, "error": "..."} and the rest still run.
Blank lines are skipped.

Exit status: 0 when every line was classified, 1 when any line failed, 2 on bad usage.`;

export type Analyze = (text: string, opts?: AnalyzeOptions) => DraftAnalysis;

type Id = string | number | null;
type Parsed = { id: Id; text: string; opts: AnalyzeOptions } | { id: Id; error: string };

/** `analyze` is injectable so tests pin the CLI's behaviour independently of the detector. */
export async function runClassify(args: string[], io: CliIO, analyze: Analyze = analyzeDraft): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(CLASSIFY_USAGE + '\n');
    return 0;
  }
  if (args.length > 0) {
    const what = args[0]?.startsWith('-') ? 'unknown option' : 'unexpected argument';
    io.err(`gatekeeper classify: ${what} "${args[0]}"\n\n${CLASSIFY_USAGE}\n`);
    return 2;
  }

  let failed = 0;
  let lineNo = 0;
  const handle = (raw: string): void => {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const result = classifyLine(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line, lineNo, analyze);
    if ('error' in result) failed++;
    io.out(JSON.stringify(result) + '\n');
  };

  // A stream decoder keeps multi-byte characters split across chunks intact.
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  for await (const chunk of io.stdin) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    let nl: number;
    while ((nl = pending.indexOf('\n', start)) !== -1) {
      handle(pending.slice(start, nl));
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending !== '') handle(pending);

  if (failed > 0) io.err(`gatekeeper classify: ${failed} line${failed === 1 ? '' : 's'} failed\n`);
  return failed > 0 ? 1 : 0;
}

type Output = { id: Id; pitch: boolean; score: number; lang: string; reasons: string[] } | { id: Id; error: string };

function classifyLine(line: string, lineNo: number, analyze: Analyze): Output {
  const parsed = parseLine(line);
  if ('error' in parsed) return { id: parsed.id, error: `line ${lineNo}: ${parsed.error}` };
  try {
    const a = analyze(parsed.text, parsed.opts);
    return {
      id: parsed.id,
      pitch: a.pitch,
      score: Math.round(a.score * 1000) / 1000,
      lang: a.lang,
      reasons: [...new Set(a.signals.map((s) => s.label))],
    };
  } catch (error) {
    return { id: parsed.id, error: `line ${lineNo}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'invalid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'expected a JSON object' };
  }
  const rec = value as Record<string, unknown>;
  const rawId = rec['id'];
  const id: Id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  if (rawId !== undefined && rawId !== null && id === null) return { id, error: '"id" must be a string or a number' };
  const text = rec['text'];
  if (typeof text !== 'string') return { id, error: text === undefined ? 'missing "text"' : '"text" must be a string' };
  const kind = rec['kind'];
  if (kind === undefined) return { id, text, opts: {} };
  if (kind !== 'note' && kind !== 'message') return { id, error: '"kind" must be "note" or "message"' };
  return { id, text, opts: { kind } };
}
