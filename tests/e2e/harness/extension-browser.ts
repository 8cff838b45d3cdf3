// One face for both real browsers with the unpacked extension loaded: Chromium through
// playwright-core, Firefox through puppeteer-core over WebDriver BiDi. LinkedIn pages are
// served by request routing as https://www.linkedin.com/…; every other request is refused
// and recorded, so tests can prove the extension makes none of its own.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest.js';
import type { BrowserKind } from './browsers.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The build under test: the E2E global setup's private build (GK_DIST), else `npm run build`'s. */
export const distDir = (): string => process.env.GK_DIST ?? join(ROOT, 'dist');
export const FIREFOX_UUID = '8f1c4c1e-6a2b-4d7e-9c3a-0b5e2f7d9a41';

export interface Served {
  status?: number;
  contentType?: string;
  body: string;
}
/** Answers a LinkedIn URL with a fixture, or undefined for 404. */
export type Site = (url: URL) => Served | undefined;

export interface GkPage {
  readonly raw: PwPage | PpPage;
  url(): string;
  goto(url: string): Promise<void>;
  eval<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Polls a page predicate (waitForFunction flakes in Firefox over BiDi). */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real mouse click at the centre of the element the page function returns (pierces shadow roots). */
  clickOn<A = undefined>(find: (arg: A) => Element | null | undefined, arg?: A): Promise<void>;
  click(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string, modifiers?: ('Control' | 'Meta' | 'Shift')[]): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  extensionBase: string;
  /** Non-LinkedIn requests that were refused (should stay empty). */
  foreignRequests: string[];
  serve(site: Site): void;
  linkedin(path: string): Promise<GkPage>;
  extensionPage(path: string): Promise<GkPage>;
  /** Chromium only: the service worker. */
  worker?: () => Promise<Worker>;
  /** Stops the background (Chromium: ServiceWorker.stopAllWorkers). */
  stopBackground?: () => Promise<void>;
  close(): Promise<void>;
}

async function poll(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function wrap(raw: PwPage | PpPage, kind: BrowserKind): GkPage {
  // Both drivers share these method shapes; the cast keeps call sites readable.
  const p = raw as PwPage;
  const page: GkPage = {
    raw,
    url: () => raw.url(),
    goto: async (url) => {
      await p.goto(url);
    },
    eval: (fn, arg) => p.evaluate(fn as (a: unknown) => never, arg) as Promise<never>,
    waitFor: (fn, arg, timeoutMs = 10_000) => poll(() => p.evaluate(fn as (a: unknown) => unknown, arg), timeoutMs, fn.toString().slice(0, 120)),
    clickOn: async (find, arg) => {
      // Poll the handle, not evaluate's result: Firefox's BiDi serialises a DOM node as falsy.
      const pp = raw as PpPage;
      const deadline = Date.now() + 10_000;
      for (;;) {
        const handle = await pp.evaluateHandle(find as (a: unknown) => Element | null, arg);
        const element = handle.asElement();
        if (element) {
          await element.evaluate((el) => (el as Element).scrollIntoView({ block: 'center' }));
          const box = await element.boundingBox();
          await handle.dispose();
          if (box) {
            await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
            return;
          }
        } else {
          await handle.dispose();
        }
        if (Date.now() > deadline) throw new Error(`clickOn: nothing to click (${find.toString().slice(0, 100)})`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    click: async (selector) => {
      await page.waitFor((s) => document.querySelector(s) !== null, selector);
      await p.click(selector);
    },
    type: async (text) => {
      await p.keyboard.type(text);
    },
    press: async (key, modifiers = []) => {
      if (kind === 'chromium') {
        await p.keyboard.press([...modifiers, key].join('+'));
        return;
      }
      const kb = (raw as PpPage).keyboard;
      for (const m of modifiers) await kb.down(m);
      await kb.press(key as Parameters<typeof kb.press>[0]);
      for (const m of [...modifiers].reverse()) await kb.up(m);
    },
    screenshot: async (path, fullPage = false) => {
      await p.screenshot({ path, fullPage });
    },
    close: async () => {
      await p.close();
    },
  };
  return page;
}

/** Chromium names an unpacked extension after its absolute path: sha256, first 32 hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launchChromium(executablePath: string, site?: Site): Promise<ExtensionBrowser> {
  const ext = join(distDir(), 'chrome');
  const profile = mkdtempSync(join(tmpdir(), 'gk-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  let current: Site | undefined = site;
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') {
      await route.continue();
      return;
    }
    if (url.origin === 'https://www.linkedin.com') {
      const served = current?.(url);
      await route.fulfill(served ? { status: served.status ?? 200, contentType: served.contentType ?? 'text/html; charset=utf-8', body: served.body } : { status: 404, body: 'not found' });
      return;
    }
    foreignRequests.push(url.href);
    await route.abort();
  });
  const extensionBase = `chrome-extension://${unpackedExtensionId(ext)}/`;
  const worker = async (): Promise<Worker> => {
    const running = context.serviceWorkers()[0];
    if (running) return running;
    // A stopped (or slow to start) worker is woken by opening one of our pages.
    const waiting = context.waitForEvent('serviceworker', { timeout: 20_000 });
    const waker = await context.newPage();
    await waker.goto(extensionBase + 'options.html').catch(() => undefined);
    const sw = context.serviceWorkers()[0] ?? (await waiting);
    waiting.catch(() => undefined);
    await waker.close();
    return sw;
  };
  const sw = await worker();
  if (!sw.url().startsWith(extensionBase)) throw new Error(`Unexpected worker ${sw.url()} (expected ${extensionBase})`);
  return {
    kind: 'chromium',
    extensionBase,
    foreignRequests,
    serve: (s) => {
      current = s;
    },
    linkedin: async (path) => {
      const page = await context.newPage();
      await page.goto(new URL(path, 'https://www.linkedin.com').href);
      return wrap(page, 'chromium');
    },
    extensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(extensionBase + path);
      return wrap(page, 'chromium');
    },
    worker,
    stopBackground: async () => {
      const page = await context.newPage();
      await page.goto(extensionBase + 'options.html');
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface LaunchOptions {
  /** Extra Firefox preferences (e.g. a short `extensions.background.idle.timeout`). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(executablePath: string, site?: Site, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox from phoning home during tests.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(join(distDir(), 'firefox'));
  let current: Site | undefined = site;
  const foreignRequests: string[] = [];
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;

  const routed = async (): Promise<PpPage> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'about:' || url.protocol === 'data:') {
        void req.continue();
        return;
      }
      if (url.origin === 'https://www.linkedin.com') {
        const served = current?.(url);
        void req.respond(served ? { status: served.status ?? 200, contentType: served.contentType ?? 'text/html; charset=utf-8', body: served.body } : { status: 404, body: 'not found' });
        return;
      }
      foreignRequests.push(url.href);
      void req.abort();
    });
    return page;
  };

  return {
    kind: 'firefox',
    extensionBase,
    foreignRequests,
    serve: (s) => {
      current = s;
    },
    linkedin: async (path) => {
      const page = await routed();
      await page.goto(new URL(path, 'https://www.linkedin.com').href);
      return wrap(page, 'firefox');
    },
    extensionPage: async (path) => {
      const page = await browser.newPage();
      // A moz-extension navigation never reports its load over BiDi: start it, then poll.
      void page.goto(extensionBase + path).catch(() => undefined);
      await poll(
        // page.url() stays about:blank here; ask the document itself.
        async () => (await page.evaluate(() => `${document.readyState} ${location.href}`)) === `complete ${extensionBase}${path}`,
        15_000,
        `${path} to load`,
      );
      return wrap(page, 'firefox');
    },
    close: async () => {
      await browser.close();
    },
  };
}

export async function launch(kind: BrowserKind, executablePath: string, site?: Site, options?: LaunchOptions): Promise<ExtensionBrowser> {
  return kind === 'chromium' ? launchChromium(executablePath, site) : launchFirefox(executablePath, site, options);
}
