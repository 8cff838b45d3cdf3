// The built Node entry points (dist/node), as a user runs them: `gatekeeper` (bin) and core.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distDir, ROOT } from './harness/extension-browser.js';

const cli = (): string => join(distDir(), 'node', 'cli.mjs');
const SAMPLE = join(ROOT, 'samples', 'Basic_LinkedInDataExport_01-15-2026.zip');

describe('the built command line and library', () => {
  it('classify: one verdict per JSON line, a bad line reported and the exit status set', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Hi Ana, we help SaaS teams cut churn by 30%. Open to a 15-minute demo on Thursday?' }),
      JSON.stringify({ id: 'b', text: 'Thanks for connecting, Ana! Loved your talk at SaaStock.' }),
      '{not json',
    ].join('\n');
    const run = spawnSync(process.execPath, [cli(), 'classify'], { input, encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'a', pitch: true, lang: 'en' });
    expect((lines[0]?.reasons as string[]).length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ id: 'b', pitch: false });
    expect(lines[2]).toHaveProperty('error');
    expect(run.status).toBe(1);
  });

  it('is executable through its #! line, and --help explains', () => {
    const help = execFileSync(cli(), ['--help'], { encoding: 'utf8' });
    expect(help).toContain('classify');
    expect(help).toContain('audit');
  });

  it('audit: a Markdown report from the sample export, and JSON with --json', () => {
    const md = execFileSync(process.execPath, [cli(), 'audit', SAMPLE, '--now', '2026-01-20'], { encoding: 'utf8' });
    expect(md).toMatch(/^#/m);
    const json = JSON.parse(execFileSync(process.execPath, [cli(), 'audit', SAMPLE, '--json', '--now', '2026-01-20'], { encoding: 'utf8' })) as object;
    expect(Object.keys(json).length).toBeGreaterThan(0);
  });

  it('core.mjs exports analyzeDraft, judge, summarize and planWarmUp', async () => {
    const core = (await import(pathToFileURL(join(distDir(), 'node', 'core.mjs')).href)) as Record<string, unknown>;
    for (const name of ['analyzeDraft', 'judge', 'summarize', 'planWarmUp']) expect(typeof core[name]).toBe('function');
    const analyze = core.analyzeDraft as (t: string) => { pitch: boolean; signals: { start: number; end: number }[] };
    const text = 'Would you be open to a 15-minute call next week to see our platform? calendly.com/sam/15min';
    const got = analyze(text);
    expect(got.pitch).toBe(true);
    for (const s of got.signals) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
  });
});
