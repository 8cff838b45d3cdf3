import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SHOWN } from '../../../src/options/import/SkippedRows.js';
import { chooseFiles, CONNECTIONS_HEADER, csv, dropFiles, FakeWorker, sampleZip, text, until, useEnglish, zipOf } from './helpers.js';

const worker = vi.hoisted(() => ({ current: null as null | { ask: (type: string, payload: Record<string, unknown>) => Promise<unknown> } }));
vi.mock('../../../src/platform/index.js', () => ({ getMessage: () => '', browser: {} }));
vi.mock('../../../src/client.js', () => ({
  ask: (type: string, payload: Record<string, unknown>) => worker.current!.ask(type, payload),
}));

let fake: FakeWorker;
let root: HTMLElement;

/** A fresh panel and a fresh import session (the session outlives the panel on purpose). */
async function mountPanel(): Promise<void> {
  vi.resetModules();
  await useEnglish();
  const { ImportPanel } = await import('../../../src/options/import/ImportPanel.js');
  render(<ImportPanel />, root);
}

const state = (): string | null => root.querySelector('[data-import-state]')?.getAttribute('data-import-state') ?? null;
const finished = (): Promise<void> => until(() => state() === 'finished', 'the import to finish');

beforeEach(() => {
  fake = new FakeWorker();
  worker.current = fake;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
});

describe('ImportPanel', () => {
  it('imports the sample zip through the file input: begin, batches, finish, and a summary of what changed', async () => {
    await mountPanel();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.zip,.csv');
    chooseFiles(root, [sampleZip()]);
    await finished();
    expect(fake.calls.map((c) => c.type).filter((t, i, all) => t !== all[i - 1])).toEqual(['import.begin', 'import.batch', 'import.finish']);
    const changes = root.querySelector('[data-import-changes]')!;
    expect(Number(changes.getAttribute('data-created'))).toBe(fake.contacts.size);
    expect(Number(changes.getAttribute('data-added'))).toBe(fake.facts.size);
    expect(changes.textContent).toMatch(/^\d[\d,]* new contacts and \d[\d,]* new facts/);
    expect(text(root, '[data-import-files]')).toContain('Connections.csv');
    expect(text(root, '[data-import-files]')).toContain('messages.csv');
    expect(root.querySelector('a[data-open-audit]')?.getAttribute('href')).toBe('#audit');
    expect(fake.of('import.abort')).toEqual([]);
  });

  it('importing the same export twice adds nothing the second time, and says so', async () => {
    await mountPanel();
    chooseFiles(root, [sampleZip()]);
    await finished();
    const facts = fake.facts.size;
    chooseFiles(root, [sampleZip()]);
    await until(() => fake.of('import.finish').length === 2 && state() === 'finished', 'the second import');
    expect(fake.facts.size).toBe(facts);
    expect(root.querySelector('[data-import-changes]')?.getAttribute('data-added')).toBe('0');
    expect(text(root, '[data-import-changes]')).toMatch(/^Nothing new: all [\d,]+ records of this export were already stored\.$/);
  });

  it('shows a progress bar with counts while batches are written, updated on animation frames', async () => {
    let release!: () => void;
    fake.gate = new Promise((r) => (release = r));
    fake.gateAfter = 2;
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    await mountPanel();
    dropFiles(root, [manyConnections(4500)]); // 2,000-record batches: the third waits
    await until(() => fake.of('import.batch').length === 3, 'the third batch');
    await until(() => (root.querySelector('progress')?.value ?? 0) > 0, 'progress');
    const bar = root.querySelector('progress')!;
    expect(bar.max).toBeGreaterThan(0);
    expect(bar.value).toBeLessThanOrEqual(bar.max);
    expect(text(root, '[data-import-progress]')).toMatch(/reading Connections\.csv: [\d,]+ rows/);
    expect(text(root, '[data-progress-written]')).toMatch(/^[1-9][\d,]* records written · [1-9][\d,]* new contacts$/);
    expect(root.querySelector<HTMLInputElement>('input[type="file"]')!.disabled).toBe(true);
    expect(frames).toHaveBeenCalled();
    release();
    fake.gate = null;
    await finished();
    expect(root.querySelector('progress')).toBeNull();
  }, 20_000);

  it('Cancel aborts the run: import.abort with its runId, and the summary says nothing was kept', async () => {
    let release!: () => void;
    fake.gate = new Promise((r) => (release = r));
    await mountPanel();
    chooseFiles(root, [manyConnections(4500)]);
    await until(() => fake.of('import.batch').length === 1, 'the first batch, held by the worker');
    await until(() => root.querySelector('[data-import-cancel]') !== null, 'the Cancel button');
    root.querySelector<HTMLButtonElement>('[data-import-cancel]')!.click();
    await until(() => root.querySelector<HTMLButtonElement>('[data-import-cancel]')?.disabled === true, 'Cancelling…');
    release();
    await until(() => state() === 'cancelled', 'the cancelled state');
    expect(fake.of('import.abort').map((c) => c.payload.runId)).toEqual(['run_1']);
    expect(fake.of('import.finish')).toEqual([]);
    expect(fake.facts.size).toBe(0);
    expect(fake.of('import.batch').length).toBe(1);
    expect(text(root, '[data-import-summary]')).toContain('Nothing from this import was kept; what was stored before is unchanged.');
  }, 20_000);

  it('lists skipped rows with row numbers and reasons, the first few then all, and downloads them as CSV', async () => {
    const rows = [CONNECTIONS_HEADER];
    for (let i = 0; i < 30; i++) rows.push(`Ann,Lee${i},https://www.linkedin.com/in/ann-lee-${i},,Acme,CTO,12 Mar 2024`);
    for (let i = 0; i < 25; i++) rows.push(',,,,,,01 Feb 2024'); // hidden profiles: rows 32–56
    rows.push('Bo,Ray,https://www.linkedin.com/in/bo-ray,,Acme,CTO,someday'); // row 57: bad date
    await mountPanel();
    chooseFiles(root, [csv('Connections.csv', rows.join('\n'))]);
    await finished();
    const skipped = root.querySelector('[data-import-skipped]')!;
    expect(skipped.querySelector('h3')?.textContent).toBe('Skipped rows: 26');
    const listed = () => [...skipped.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(listed()).toHaveLength(FIRST_SHOWN);
    expect(listed()[0]).toEqual(['Connections.csv', '32', 'Hidden profile: only a date']);
    skipped.querySelector<HTMLButtonElement>('[data-skipped-toggle]')!.click();
    await until(() => listed().length === 26, 'all skipped rows');
    expect(listed()[25]).toEqual(['Connections.csv', '57', 'The date cannot be read']);

    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:skipped';
    });
    skipped.querySelector<HTMLButtonElement>('[data-skipped-download]')!.click();
    expect(create).toHaveBeenCalledOnce();
    const csvText = await blobs[0]!.text();
    expect(csvText.split('\r\n')[0]).toBe('File,Row,Reason');
    expect(csvText.split('\r\n')).toContain('Connections.csv,57,The date cannot be read');
    expect(csvText.trim().split('\r\n')).toHaveLength(27);
    expect(root.querySelector('[data-import-changes]')?.getAttribute('data-created')).toBe('30');
  });

  it('explains per-file problems in plain words, and imports what it can', async () => {
    await mountPanel();
    chooseFiles(root, [
      zipOf('Complete_LinkedInDataExport_02-01-2026.zip', { 'Profile.csv': 'First Name,Last Name\nA,B\n', 'Skills.csv': 'Name\nSQL\n' }),
      new File(['not a zip at all'], 'Basic_LinkedInDataExport_03-01-2026.zip'),
      csv('Connections.csv', `${CONNECTIONS_HEADER}\nAnn,Lee,https://www.linkedin.com/in/ann-lee,,"Acme, Inc.,CTO,12 Mar 2024`),
      csv('notes.csv', 'hello,world\n1,2\n'),
    ]);
    await finished();
    const errorOf = (file: string): string => text(root, `[data-import-files] li[data-file="${file}"] .gk-error`);
    expect(errorOf('Complete_LinkedInDataExport_02-01-2026.zip')).toBe(
      'This zip is not a LinkedIn data export: “Complete_LinkedInDataExport_02-01-2026.zip” has none of Connections.csv, messages.csv or Invitations.csv.',
    );
    expect(errorOf('Basic_LinkedInDataExport_03-01-2026.zip')).toContain('is not a zip file');
    expect(errorOf('Connections.csv')).toBe(
      '“Connections.csv” is truncated: it stops at row 2. The rows before were imported; download the export again if rows are missing.',
    );
    expect(errorOf('notes.csv')).toContain("is not a file from LinkedIn's data export");
    expect(root.querySelectorAll('[data-import-files] [role="alert"]')).toHaveLength(4);
  });

  it('a failing worker aborts the run and reports the problem', async () => {
    await mountPanel();
    const ask = fake.ask;
    fake.ask = async (type, payload) => {
      if (type === 'import.batch') {
        fake.calls.push({ type, payload });
        throw new Error('QuotaExceededError');
      }
      return ask(type, payload);
    };
    chooseFiles(root, [sampleZip()]);
    await until(() => state() === 'failed', 'the failed state');
    expect(fake.of('import.abort')).toHaveLength(1);
    expect(text(root, '[data-import-summary]')).toContain('The problem: QuotaExceededError');
  });

  it('keeps running and keeps its summary when the panel is unmounted and mounted again (tab switch)', async () => {
    let release!: () => void;
    fake.gate = new Promise((r) => (release = r));
    await mountPanel();
    chooseFiles(root, [sampleZip()]);
    await until(() => fake.of('import.batch').length === 1, 'the first batch');
    const { ImportPanel } = await import('../../../src/options/import/ImportPanel.js');
    render(null, root);
    release();
    fake.gate = null;
    await until(() => fake.of('import.finish').length === 1, 'finish while unmounted');
    render(<ImportPanel />, root);
    expect(state()).toBe('finished');
    expect(fake.of('import.abort')).toEqual([]);
  });
});

/** A Connections.csv with `n` distinct people: several import batches. */
function manyConnections(n: number): File {
  const rows = [CONNECTIONS_HEADER];
  for (let i = 0; i < n; i++) rows.push(`Ann,Lee${i},https://www.linkedin.com/in/ann-lee-${i},,Acme,CTO,12 Mar 2024`);
  return csv('Connections.csv', rows.join('\n'));
}
