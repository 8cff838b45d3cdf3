import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runClassify, type Analyze } from '../../../src/cli/classify.js';
import type { CliIO } from '../../../src/cli/io.js';
import type { AnalyzeOptions, DraftAnalysis } from '../../../src/core/types.js';

/** Deterministic stand-in for the detector: "demo" is a pitch; records the options it saw. */
function fakeAnalyzer(seen: { text: string; opts?: AnalyzeOptions }[] = []): Analyze {
  return (text, opts) => {
    seen.push({ text, opts });
    if (text === 'boom') throw new Error('detector failed');
    const i = text.indexOf('demo');
    const signals: DraftAnalysis['signals'] =
      i < 0
        ? []
        : [
            { start: i, end: i + 4, rule: 'meeting-ask', label: 'asks for a meeting' },
            { start: i, end: i + 4, rule: 'demo', label: 'asks for a meeting' },
            { start: 0, end: 1, rule: 'product', label: 'offers your product' },
          ];
    return { pitch: i >= 0, score: i >= 0 ? 0.87654 : 0.01249, lang: 'en', signals };
  };
}

function fakeIO(chunks: (string | Uint8Array)[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = (async function* () {
    yield* chunks;
  })();
  const io: CliIO = { stdin, out: (s) => out.push(s), err: (s) => err.push(s) };
  const lines = (): unknown[] => out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { io, out, err, lines };
}

describe('classify in-process', () => {
  it('writes one result per line in input order, score to 3 decimals, labels deduped', async () => {
    const seen: { text: string; opts?: AnalyzeOptions }[] = [];
    const f = fakeIO([
      '{"id":"a","text":"Thanks for connecting!","kind":"note"}\n',
      '{"id":2,"text":"Quick demo Thursday?","kind":"message"}\n',
      '{"text":"no id here"}\n',
    ]);
    expect(await runClassify([], f.io, fakeAnalyzer(seen))).toBe(0);
    expect(f.lines()).toEqual([
      { id: 'a', pitch: false, score: 0.012, lang: 'en', reasons: [] },
      { id: 2, pitch: true, score: 0.877, lang: 'en', reasons: ['asks for a meeting', 'offers your product'] },
      { id: null, pitch: false, score: 0.012, lang: 'en', reasons: [] },
    ]);
    expect(seen.map((s) => s.opts)).toEqual([{ kind: 'note' }, { kind: 'message' }, {}]);
    expect(f.err).toEqual([]);
  });

  it('reports bad lines and still runs the rest; exit 1', async () => {
    const f = fakeIO([
      [
        '{"id":"ok1","text":"hello"}',
        '{"id":"x", "text": ',
        '{"id":"n"}',
        '{"id":"t","text":42}',
        '{"id":"k","text":"hi","kind":"email"}',
        '["text"]',
        '{"id":{"a":1},"text":"hi"}',
        '{"id":"b","text":"boom"}',
        '{"id":"ok2","text":"a demo"}',
      ].join('\n'),
    ]);
    expect(await runClassify([], f.io, fakeAnalyzer())).toBe(1);
    expect(f.lines()).toEqual([
      expect.objectContaining({ id: 'ok1', pitch: false }),
      { id: null, error: 'line 2: invalid JSON' },
      { id: 'n', error: 'line 3: missing "text"' },
      { id: 't', error: 'line 4: "text" must be a string' },
      { id: 'k', error: 'line 5: "kind" must be "note" or "message"' },
      { id: null, error: 'line 6: expected a JSON object' },
      { id: null, error: 'line 7: "id" must be a string or a number' },
      { id: 'b', error: 'line 8: detector failed' },
      expect.objectContaining({ id: 'ok2', pitch: true }),
    ]);
    expect(f.err.join('')).toContain('7 lines failed');
  });

  it('reassembles lines split across chunks, CRLF, blank lines, a BOM and a last line without newline', async () => {
    const bytes = new TextEncoder().encode('{"id":"é","text":"café demo 👋"}\r\n');
    const cut = bytes.indexOf(0xc3) + 1; // split inside the two-byte "é"
    const seen: { text: string }[] = [];
    const f = fakeIO([
      '\uFEFF{"id":"a","te',
      'xt":"one"}\r\n\r\n   \n',
      bytes.slice(0, cut),
      bytes.slice(cut, -5),
      bytes.slice(-5),
      '\n{"id":"z","text":"last"}',
    ]);
    expect(await runClassify([], f.io, fakeAnalyzer(seen))).toBe(0);
    expect(f.lines()).toEqual([
      expect.objectContaining({ id: 'a' }),
      expect.objectContaining({ id: 'é', pitch: true }),
      expect.objectContaining({ id: 'z' }),
    ]);
    expect(seen.map((s) => s.text)).toEqual(['one', 'café demo 👋', 'last']);
  });

  it('streams: a line is answered before the next chunk is read', async () => {
    const out: string[] = [];
    const stdin = (async function* () {
      yield '{"id":1,"text":"a"}\n{"id":2,"te';
      expect(out).toHaveLength(1);
      yield 'xt":"b"}\n';
      expect(out).toHaveLength(2);
    })();
    const io: CliIO = { stdin, out: (s) => out.push(s), err: () => undefined };
    expect(await runClassify([], io, fakeAnalyzer())).toBe(0);
    expect(out).toHaveLength(2);
  });

  it('empty input → no output, exit 0', async () => {
    const f = fakeIO([]);
    expect(await runClassify([], f.io, fakeAnalyzer())).toBe(0);
    expect(f.out).toEqual([]);
  });

  it('--help explains usage and format; unknown flags and arguments → exit 2', async () => {
    const help = fakeIO([]);
    expect(await runClassify(['--help'], help.io, fakeAnalyzer())).toBe(0);
    expect(help.out.join('')).toMatch(/Usage: gatekeeper classify[\s\S]*"kind"[\s\S]*"error"[\s\S]*Exit status/);
    for (const [arg, message] of [
      ['--json', 'unknown option "--json"'],
      ['drafts.jsonl', 'unexpected argument "drafts.jsonl"'],
    ] as const) {
      const bad = fakeIO([]);
      expect(await runClassify([arg], bad.io, fakeAnalyzer())).toBe(2);
      expect(bad.err.join('')).toContain(message);
      expect(bad.out).toEqual([]);
    }
  });
});

describe('classify as a process', () => {
  it('npx tsx src/cli.ts classify: real detector, bad line, exit status', () => {
    const input = '{"id":"w","text":"Thanks for connecting, great talk yesterday!"}\nnot json\n{"id":"p","text":"Can we book a 15-minute demo call this week?","kind":"message"}';
    const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'classify'], { input, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toContain('1 line failed');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(['w', null, 'p']);
    expect(lines[1]).toEqual({ id: null, error: 'line 2: invalid JSON' });
    for (const l of [lines[0], lines[2]]) {
      expect(l).toEqual({
        id: expect.any(String),
        pitch: expect.any(Boolean),
        score: expect.any(Number),
        lang: expect.any(String),
        reasons: expect.any(Array),
      });
    }
  }, 30_000);
});
