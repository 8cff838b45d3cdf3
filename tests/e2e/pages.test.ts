// The popup and the options page in real browsers, on the real build: first run, the dashboard
// with seeded history, reminder actions keeping list and badge in step, held drafts, search,
// the contact card, settings reaching storage, backup → restore, delete all, and axe-core
// finding no violations in light and dark.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoRecords, holdDemoPitches, importRecords, sendFromPage } from '../../scripts/screenshots.js';
import type { Settings } from '../../src/core/types.js';
import type { BrowserKind } from './harness/browsers.js';
import { launch, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core in the page. Driver-side evaluation is not subject to the extension CSP. */
async function axeViolations(page: GkPage): Promise<AxeViolation[]> {
  const run = `${AXE};axe.run(document,{resultTypes:['violations']}).then(r=>JSON.stringify(r.violations.map(v=>({id:v.id,impact:v.impact,nodes:v.nodes.map(n=>({target:n.target,failureSummary:n.failureSummary}))}))))`;
  const raw = page.raw as PwPage;
  return JSON.parse((await raw.evaluate(run)) as string) as AxeViolation[];
}

/**
 * Light or dark. Chromium emulates the media feature. Puppeteer cannot over BiDi (it needs CDP),
 * so in Firefox the page's own dark rules are switched on through the CSSOM (CSP allows that)
 * and the root's color-scheme follows, which is what the media query would do.
 */
async function scheme(page: GkPage, kind: BrowserKind, value: 'light' | 'dark'): Promise<void> {
  if (kind === 'chromium') {
    await (page.raw as PwPage).emulateMedia({ colorScheme: value });
    await page.waitFor((v) => matchMedia(`(prefers-color-scheme: ${v})`).matches, value);
    return;
  }
  await page.eval((v) => {
    const w = window as unknown as { gkDarkRules?: CSSMediaRule[] };
    w.gkDarkRules ??= [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText.includes('prefers-color-scheme: dark'));
    for (const rule of w.gkDarkRules) rule.media.mediaText = v === 'dark' ? 'all' : '(prefers-color-scheme: dark)';
    document.documentElement.style.colorScheme = v;
  }, value);
}

const badge = (page: GkPage): Promise<string> =>
  page.eval(() => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return (g.browser ?? g.chrome).action.getBadgeText({});
  });

const storedSettings = (page: GkPage): Promise<Settings> =>
  page.eval(async () => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return ((await (g.browser ?? g.chrome).storage.local.get('settings')) as { settings: Settings }).settings;
  });

const dueCount = (page: GkPage): Promise<number> => page.eval(() => Number(document.querySelector('[data-due-count]')?.textContent));

async function popup(browser: ExtensionBrowser): Promise<GkPage> {
  const page = await browser.extensionPage('popup.html');
  await page.waitFor(() => document.querySelector('[data-gatekeeper-popup="ready"]') !== null);
  return page;
}

/**
 * A real mouse click on the element `find` returns. Polls an element handle: the harness's
 * clickOn polls a plain evaluate, whose DOM-node result Firefox's BiDi serialises as falsy.
 */
async function clickOn<A>(page: GkPage, find: (arg: A) => Element | null | undefined, arg: A): Promise<void> {
  const raw = page.raw as PpPage;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const handle = await raw.evaluateHandle(find as (a: unknown) => Element | null, arg);
    const el = handle.asElement();
    const box = el ? await el.evaluate((e) => (e as Element).scrollIntoView({ block: 'center' })).then(() => el.boundingBox()) : null;
    await handle.dispose();
    if (box) {
      await raw.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      return;
    }
    if (Date.now() > deadline) throw new Error(`nothing to click (${find.toString().slice(0, 100)} ${JSON.stringify(arg)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const clickSelector = (page: GkPage, selector: string): Promise<void> => clickOn(page, (s) => document.querySelector(s), selector);

/** A real click on the button with this text inside `scope` (a CSS selector). */
function clickButton(page: GkPage, label: string, scope = 'body'): Promise<void> {
  return clickOn(
    page,
    ({ label, scope }) => [...(document.querySelector(scope)?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label),
    { label, scope },
  );
}

async function chooseFile(page: GkPage, kind: BrowserKind, selector: string, path: string): Promise<void> {
  if (kind === 'chromium') await (page.raw as PwPage).setInputFiles(selector, path);
  else {
    const input = await (page.raw as PpPage).$(selector);
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  }
}

describe.each<BrowserKind>(['chromium', 'firefox'])('popup and options in %s', (kind) => {
  let browser: ExtensionBrowser;
  let setup: GkPage;
  const tmp = mkdtempSync(join(tmpdir(), 'gk-pages-'));

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), () => ({ body: '<!doctype html><title>LinkedIn</title><main>profile</main>' }));
    setup = await browser.extensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('first run: explains the export and opens the options page at Import', async () => {
    const page = await popup(browser);
    expect(await page.eval(() => document.querySelector('[data-gatekeeper-first-run] h2')?.textContent)).toBe('Start with your LinkedIn history');
    expect(await axeViolations(page)).toEqual([]);
    await clickButton(page, 'Import LinkedIn data export');
    const opened = async (): Promise<string[]> =>
      kind === 'chromium'
        ? (page.raw as PwPage).context().pages().map((p) => p.url())
        : Promise.all((await (page.raw as PpPage).browser().pages()).map((p) => p.evaluate(() => location.href).catch(() => '')));
    await expect.poll(async () => (await opened()).some((u) => u.endsWith('/options.html#import')), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it('dashboard: seeded history, list and badge agree through done and snooze', async () => {
    const now = Date.now();
    await importRecords(setup, demoRecords(now));
    await holdDemoPitches(setup, now);
    const page = await popup(browser);
    const before = await dueCount(page);
    expect(before).toBeGreaterThan(2);
    expect(await badge(page)).toBe(String(before));
    expect(await page.eval(() => document.querySelector('#new-h')?.parentElement?.textContent)).toContain('Amara Okafor');
    expect(await page.eval(() => document.querySelector('.pipeline svg title')?.textContent)).toMatch(/^Warm-up pipeline: \d+ strangers, \d+ pending/);

    await clickButton(page, 'Done', '#due-h + ul > li');
    await page.waitFor((n) => Number(document.querySelector('[data-due-count]')?.textContent) === n - 1, before);
    expect(await badge(page)).toBe(String(before - 1));

    await clickButton(page, 'Snooze', '#due-h + ul > li');
    await clickButton(page, '3 days', '#due-h + ul > li');
    await page.waitFor((n) => Number(document.querySelector('[data-due-count]')?.textContent) === n - 2, before);
    expect(await badge(page)).toBe(String(before - 2));
    expect(await page.eval(() => document.querySelector('.popup-status')?.textContent)).toMatch(/^Snoozed until /);
    await page.close();
  });

  it('copies a held draft', async () => {
    const page = await popup(browser);
    if (kind === 'chromium') await (page.raw as PwPage).bringToFront();
    await clickButton(page, 'Copy draft', '#held-h + ul > li');
    await page.waitFor(() => document.querySelector('.popup-status')?.textContent === 'Draft copied to the clipboard.');
    await page.close();
  });

  it('searches by name, paged', async () => {
    const page = await popup(browser);
    await clickSelector(page, 'input[type="search"]');
    await page.type('Demo');
    await page.waitFor(() => document.querySelectorAll('.results li').length === 20);
    expect(await page.eval(() => document.querySelector('#due-h'))).toBeNull();
    await clickButton(page, 'Show more', '.results');
    await page.waitFor(() => document.querySelectorAll('.results li').length === 40);
    await clickSelector(page, 'input[type="search"]');
    for (let i = 0; i < 4; i++) await page.press('Backspace');
    await page.waitFor(() => document.querySelector('#due-h') !== null);
    await page.close();
  });

  it('shows the contact card when a LinkedIn profile is the active tab', async () => {
    const page = await popup(browser);
    await page.eval(async () => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const tabs = (g.browser ?? g.chrome).tabs;
      const { id } = await tabs.create({ url: 'https://www.linkedin.com/in/priya-raman/', active: true });
      // The popup reads the active tab's url once: wait until the tab has one.
      for (let i = 0; i < 200 && !(await tabs.get(id!)).url?.startsWith('https://www.linkedin.com/in/'); i++) await new Promise((r) => setTimeout(r, 50));
    });
    await page.eval(() => location.reload());
    await page.waitFor(() => document.querySelector('[data-gatekeeper-card="known"]') !== null, undefined, 15_000);
    const card = await page.eval(() => document.querySelector('.card')?.textContent ?? '');
    expect(card).toContain('Priya Raman');
    expect(card).toContain('Director of Customer Success at Harbor Health');
    expect(card).toContain('5 days ago');
    expect(await page.eval(() => document.querySelector('.pitch-now')?.getAttribute('data-level'))).toBe('too-early');
    await page.close();
  });

  it('options: a setting and a rule mute reach storage', async () => {
    const page = await browser.extensionPage('options.html#policy');
    await page.waitFor(() => document.querySelector('[data-gatekeeper-options="ready"]') !== null);
    await clickSelector(page, '#min-days');
    await page.press('Backspace');
    await page.type('10');
    await page.press('Tab');
    await expect.poll(async () => (await storedSettings(page)).minDaysBeforePitch).toBe(10);
    await clickSelector(page, '#mute-calendar-link');
    await expect.poll(async () => (await storedSettings(page)).mutedRules).toEqual(['calendar-link']);
    await page.close();
  });

  it('backup → delete all → restore round trip; a corrupt file changes nothing', async () => {
    const page = await browser.extensionPage('options.html#backup');
    await page.waitFor(() => document.querySelector('[data-gatekeeper-options="ready"]') !== null);
    const before = (await sendFromPage(page, { type: 'dashboard' })).totalContacts;
    const file = join(tmp, 'backup.json');
    if (kind === 'chromium') {
      const raw = page.raw as PwPage;
      const [download] = await Promise.all([raw.waitForEvent('download'), clickButton(page, 'Download backup')]);
      expect(download.suggestedFilename()).toMatch(/^gatekeeper-backup-\d{4}-\d{2}-\d{2}\.json$/);
      await download.saveAs(file);
    } else {
      // Firefox's driver cannot catch downloads: the button's status proves the Blob was made,
      // and the same export comes through the message the button uses.
      await clickButton(page, 'Download backup');
      await page.waitFor(() => /^Saved gatekeeper-backup-/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
      writeFileSync(file, JSON.stringify((await sendFromPage(page, { type: 'backup.export' })).backup));
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'gatekeeper-backup' });

    // Delete all, with the typed confirmation.
    await page.eval(() => (location.hash = '#delete'));
    await clickButton(page, 'Delete all data…');
    await page.waitFor(() => document.querySelector('dialog')?.open === true);
    await page.press('Escape');
    // Closed natively and in the page's state (its content unmounted), then reopened at once: the
    // browser's close event for it arrives after that click (see Dialog.tsx).
    await page.waitFor(() => document.querySelector('dialog')?.open === false && document.querySelector('#delete-confirm') === null);
    await clickButton(page, 'Delete all data…');
    await clickSelector(page, '#delete-confirm');
    await page.type('delete');
    await clickButton(page, 'Delete everything', 'dialog');
    await page.waitFor(() => document.body.textContent?.includes('All data deleted.') === true);
    expect((await sendFromPage(page, { type: 'dashboard' })).totalContacts).toBe(0);
    expect((await storedSettings(page)).minDaysBeforePitch).toBe(7);

    // Restore, then a truncated file: a clear error and nothing changed.
    await page.eval(() => (location.hash = '#backup'));
    await chooseFile(page, kind, '#restore-file', file);
    await clickButton(page, 'Replace my data with this backup');
    await page.waitFor(() => /^Restored \d+ contacts/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    expect((await sendFromPage(page, { type: 'dashboard' })).totalContacts).toBe(before);
    expect((await storedSettings(page)).minDaysBeforePitch).toBe(10);

    const corrupt = join(tmp, 'corrupt.json');
    writeFileSync(corrupt, readFileSync(file, 'utf8').slice(0, 5000));
    await chooseFile(page, kind, '#restore-file', corrupt);
    await clickButton(page, 'Replace my data with this backup');
    await page.waitFor(() => (document.querySelector('[role="alert"]')?.textContent ?? '').startsWith('Nothing was changed. The file could not be restored: '));
    expect((await sendFromPage(page, { type: 'dashboard' })).totalContacts).toBe(before);
    await page.close();
  });

  it('axe-core finds no violations on the popup and the options page, light and dark', async () => {
    const pages = [await popup(browser), await browser.extensionPage('options.html#policy')];
    for (const page of pages) {
      for (const value of ['light', 'dark'] as const) {
        await scheme(page, kind, value);
        // The theme really switched (so the dark run checks dark colours).
        expect(await page.eval(() => getComputedStyle(document.body).backgroundColor)).toBe(value === 'dark' ? 'rgb(19, 23, 27)' : 'rgb(246, 247, 249)');
        expect(await axeViolations(page), `${page.url()} ${value}`).toEqual([]);
      }
    }
    // The dialog too: open, checked, closed.
    const options = pages[1]!;
    await options.eval(() => (location.hash = '#delete'));
    await clickButton(options, 'Delete all data…');
    await options.waitFor(() => document.querySelector('dialog')?.open === true);
    expect(await axeViolations(options)).toEqual([]);
    await options.press('Escape');
    for (const page of pages) await page.close();
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
