// The LinkedIn host permission withdrawn by the user: the content script no longer runs, and the
// popup says so and offers to ask again instead of quietly showing a dashboard that stops filling.
//
// How each browser withdraws it, as the user would:
// - Firefox (about:addons → Permissions): an MV3 host permission is optional there, and
//   `permissions.remove` from an extension page withdraws it the same way.
// - Chromium: `permissions.remove` refuses ("You cannot remove required permissions"); the user's
//   route is the extension's "Site access: On click" setting, which chrome://extensions applies
//   through `developerPrivate.updateExtensionConfiguration`. The test calls that from that page.
// Granting it back needs the browser's permission prompt, which a test cannot answer; the button's
// click → `permissions.request` → notice update is covered by the popup's DOM test.
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserKind } from './harness/browsers.js';
import { launch, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';

type Api = typeof chrome;
const LINKEDIN = { origins: ['https://www.linkedin.com/*'] };
/** A content script runs at document_idle: this long after load, it would have marked the page. */
const INJECT_GRACE_MS = 1000;

describe.each<BrowserKind>(['chromium', 'firefox'])('LinkedIn access withdrawn in %s', (kind) => {
  let browser: ExtensionBrowser;
  let options: GkPage;

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), () => ({ body: '<!doctype html><title>LinkedIn</title><main>profile</main>' }));
    options = await browser.extensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const hasAccess = (): Promise<boolean> => options.eval((o) => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).permissions.contains(o), LINKEDIN);

  async function popup(): Promise<GkPage> {
    const page = await browser.extensionPage('popup.html');
    await page.waitFor(() => document.querySelector('[data-gatekeeper-popup="ready"]') !== null);
    return page;
  }

  async function withdraw(): Promise<void> {
    if (kind === 'firefox') {
      expect(await options.eval((o) => (globalThis as unknown as { browser: Api }).browser.permissions.remove(o), LINKEDIN)).toBe(true);
      return;
    }
    const id = new URL(browser.extensionBase).host;
    const settings = await (options.raw as PwPage).context().newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(async (extensionId) => {
      type DeveloperPrivate = { updateExtensionConfiguration(update: { extensionId: string; hostAccess: 'ON_CLICK' }): Promise<void> };
      await (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: 'ON_CLICK' });
    }, id);
    await settings.close();
  }

  it('with access: the content script runs and the popup shows no notice', async () => {
    expect(await hasAccess()).toBe(true);
    const page = await browser.linkedin('/in/jane-doe/');
    await page.waitFor(() => document.documentElement.getAttribute('data-gatekeeper-ready') === '1');
    await page.close();
    const p = await popup();
    expect(await p.eval(() => document.querySelector('[data-gatekeeper-access]'))).toBeNull();
    await p.close();
  });

  it('withdrawn: the popup says so and offers to ask again; LinkedIn pages run without us', async () => {
    await withdraw();
    expect(await hasAccess()).toBe(false);

    const p = await popup();
    await p.waitFor(() => document.querySelector('[data-gatekeeper-access="missing"]') !== null);
    const notice = await p.eval(() => {
      const el = document.querySelector('[data-gatekeeper-access]');
      return { role: el?.getAttribute('role'), text: el?.querySelector('p')?.textContent, button: el?.querySelector('button')?.textContent };
    });
    expect(notice).toEqual({
      role: 'status',
      text: 'Gatekeeper has no access to LinkedIn, so it cannot warn you there. Access to www.linkedin.com was turned off for this extension.',
      button: 'Allow access to LinkedIn',
    });
    await p.close();

    const page = await browser.linkedin('/in/jane-doe/');
    await page.waitFor(() => document.readyState === 'complete');
    await new Promise((r) => setTimeout(r, INJECT_GRACE_MS));
    expect(await page.eval(() => document.documentElement.hasAttribute('data-gatekeeper-ready'))).toBe(false);
    await page.close();
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
