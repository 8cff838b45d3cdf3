import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type ExtensionBrowser } from './harness/extension-browser.js';
import { fixture } from './harness/fixtures.js';
import type { BrowserKind } from './harness/browsers.js';

describe.each<BrowserKind>(['chromium', 'firefox'])('smoke in %s', (kind) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), (url) =>
      url.pathname.startsWith('/in/') ? { body: fixture('profile-smoke.html') } : undefined,
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('injects the content script into a LinkedIn profile page, once', async () => {
    const page = await browser.linkedin('/in/jane-doe/');
    await page.waitFor(() => document.documentElement.getAttribute('data-gatekeeper-ready') === '1');
    await page.close();
  });

  it('renders the popup, whose background answered its ping', async () => {
    const page = await browser.extensionPage('popup.html');
    await page.waitFor(() => document.querySelector('[data-gatekeeper-popup="ready"]') !== null);
    expect(await page.eval(() => document.querySelector('h1')?.textContent)).toBe('Gatekeeper');
    await page.close();
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
