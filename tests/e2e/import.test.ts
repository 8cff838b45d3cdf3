// The LinkedIn data export import end to end in real browsers: the sample zip chosen on the
// options page's Import tab, progress and summary watched, the same zip again (nothing new),
// the Audit tab on the same files, then a conversation whose card knows the imported date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDaysBetween } from '../../src/core/dates.js';
import { parseDay, localDayStart } from '../../src/core/linkedin-export/export-dates.js';
import { readExport, type ContactRecord } from '../../src/core/linkedin-export/index.js';
import type { BrowserKind } from './harness/browsers.js';
import { launch, ROOT, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';
import { sendFromPage } from '../../scripts/screenshots.js';

const SAMPLE = join(ROOT, 'samples', 'Basic_LinkedInDataExport_01-15-2026.zip');
const THREAD = '/messaging/thread/2-aW1wb3J0LWF2ZXJ5/';
/** The contact the fixture conversation is with, and her Connections.csv date. */
const AVERY = { slug: 'avery-brightwater-1z6', connectedOn: '27 Oct 2024' };
const FILE_INPUT = '[data-import-state] input[type="file"]';

/** Sets files on an <input type=file> the way each driver does it. */
async function setInputFiles(page: GkPage, kind: BrowserKind, selector: string, path: string): Promise<void> {
  await page.waitFor((s) => document.querySelector(s) !== null, selector);
  if (kind === 'chromium') {
    await (page.raw as import('playwright-core').Page).setInputFiles(selector, path);
    return;
  }
  const input = await (page.raw as import('puppeteer-core').Page).$(selector);
  if (!input) throw new Error(`no ${selector}`);
  await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path);
}

/** What the store should end up with: distinct contacts and distinct facts of the sample. */
async function expectedCounts(): Promise<{ contacts: number; facts: number; records: number }> {
  const records: ContactRecord[] = [];
  await readExport([{ name: 'sample.zip', data: readFileSync(SAMPLE) }], { onBatch: (b) => void records.push(...b) });
  return {
    contacts: new Set(records.map((r) => r.aliases[0])).size,
    facts: new Set(records.flatMap((r) => r.events.map((e) => `${r.aliases[0]}|${e.key}`))).size,
    records: records.length,
  };
}

/** Records every <progress> value the page shows and counts finished imports, from before the first file is set. */
function watchImports(page: GkPage): Promise<void> {
  return page.eval(() => {
    const w = window as unknown as { __progress: number[]; __finished: number };
    w.__progress = [];
    w.__finished = 0;
    let state = '';
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar && w.__progress[w.__progress.length - 1] !== bar.value) w.__progress.push(bar.value);
      const now = document.querySelector('[data-import-state]')?.getAttribute('data-import-state') ?? '';
      if (now !== state && now === 'finished') w.__finished++;
      state = now;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const summary = (page: GkPage): Promise<Record<string, string | null>> =>
  page.eval(() => {
    const p = document.querySelector('[data-import-changes]');
    return { created: p?.getAttribute('data-created') ?? null, added: p?.getAttribute('data-added') ?? null, records: p?.getAttribute('data-records') ?? null, text: p?.textContent ?? null };
  });

/** Imports the sample and waits for the `round`-th finished import. */
async function importSample(page: GkPage, kind: BrowserKind, round: number): Promise<void> {
  await page.waitFor(() => document.querySelector('[data-import-state] input[type="file"]:not([disabled])') !== null);
  await setInputFiles(page, kind, FILE_INPUT, SAMPLE);
  await page.waitFor((n) => (window as unknown as { __finished: number }).__finished === n, round, 30_000);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('import in %s', (kind) => {
  let browser: ExtensionBrowser;
  let page: GkPage;

  beforeAll(async () => {
    const fixture = readFileSync(join(ROOT, 'tests', 'fixtures', 'linkedin', 'import-messaging-en.html'), 'utf8');
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), (url) => (url.pathname.startsWith('/messaging/thread/') ? { body: fixture } : undefined));
    page = await browser.extensionPage('options.html#import');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports the sample zip through the options page, with progress and a summary of what changed', async () => {
    const want = await expectedCounts();
    // A search before the import builds the worker's name directory on the empty store.
    expect((await sendFromPage(page, { type: 'contacts.search', prefix: 'avery' })).items).toEqual([]);
    await watchImports(page);
    await importSample(page, kind, 1);
    const got = await summary(page);
    expect(Number(got.created)).toBe(want.contacts);
    expect(Number(got.added)).toBe(want.facts);
    expect(Number(got.records)).toBe(want.records);
    expect(got.text).toMatch(/^[\d,.]+ new contacts and [\d,.]+ new facts/);
    const progress = await page.eval(() => (window as unknown as { __progress: number[] }).__progress);
    expect(progress.length).toBeGreaterThan(0);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress); // it only moves forward
    const files = await page.eval(() => [...document.querySelectorAll('[data-import-files] li')].map((li) => li.getAttribute('data-file')));
    expect(files.sort()).toEqual(['Connections.csv', 'Invitations.csv', 'messages.csv']);
    expect(await page.eval(() => document.querySelectorAll('[data-import-skipped] tbody tr').length)).toBeGreaterThan(0);
    // …and the imported people are found by name afterwards.
    const found = await sendFromPage(page, { type: 'contacts.search', prefix: 'Avery Bright' });
    expect(found.items.map((c) => c.profileUrl)).toEqual([`https://www.linkedin.com/in/${AVERY.slug}/`]);
  });

  it('importing the same zip again adds nothing, and says so', async () => {
    await importSample(page, kind, 2);
    const got = await summary(page);
    expect(got.added).toBe('0');
    expect(got.created).toBe('0');
    expect(got.text).toMatch(/^Nothing new: all [\d,.]+ records of this export were already stored\.$/);
  });

  it('a real drop on the drop zone imports too: a DataTransfer holding a File made in the page', async () => {
    const zip = readFileSync(SAMPLE).toString('base64');
    await page.eval(
      ({ zip, name }) => {
        const bytes = Uint8Array.from(atob(zip), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: 'application/zip' }));
        const zone = document.querySelector('[data-drop-zone]')!;
        for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { zip, name: SAMPLE.split('/').pop()! },
    );
    await page.waitFor(() => (window as unknown as { __finished: number }).__finished === 3, undefined, 30_000);
    const got = await summary(page);
    expect(got.added).toBe('0');
    expect(Number(got.records)).toBe((await expectedCounts()).records);
  });

  it('"Open the Audit tab" audits the same files in the page, with charts as SVG elements', async () => {
    await page.click('a[data-open-audit]');
    await page.waitFor(() => document.querySelector('[data-audit-last]') !== null);
    await page.click('[data-audit-last]');
    await page.waitFor(() => document.querySelectorAll('[data-audit-report] svg[data-chart]').length === 3, undefined, 30_000);
    expect(await page.eval(() => document.querySelector('[data-first-share] .gk-big')?.textContent)).toMatch(/^\d+\s?%$/);
  });

  it('a conversation with an imported contact: the card uses the imported connection date', async () => {
    const day = parseDay(AVERY.connectedOn)!;
    const days = localDaysBetween(localDayStart(day), Date.now());
    const thread = await browser.linkedin(THREAD);
    await thread.waitFor(() => [...document.querySelectorAll('[data-gatekeeper="verdict"]')].some((h) => /Connected/.test(h.shadowRoot?.textContent ?? '')), undefined, 15_000);
    const card = await thread.eval(() => [...document.querySelectorAll('[data-gatekeeper="verdict"]')].map((h) => h.shadowRoot?.textContent ?? '').join('\n'));
    expect(card).toContain(`Connected ${days} days ago`);
    await thread.close();
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
