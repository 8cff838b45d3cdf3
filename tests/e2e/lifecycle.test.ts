// The background's lifecycle in both browsers: it is stopped (Chromium: the service worker, over
// CDP; Firefox: the MV3 event page, suspended by Firefox itself after a short idle timeout), then
// proven to be a fresh instance, with the data and the next message intact; and an alarm that
// fires while it is stopped wakes it, announces the due reminder (notifications on) and lights
// the badge.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sendFromPage } from '../../scripts/screenshots.js';
import type { BrowserKind } from './harness/browsers.js';
import { launch, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';

const DAY = 86_400_000;
/** Firefox suspends an idle event page after this long (default 30 s); the test waits for it. */
const IDLE_MS = 1000;
const MARK = 'gkBootMark';

type Api = typeof chrome;
const sentEvent = (i: number) => ({ kind: 'message-sent' as const, at: Date.now() - i * 1000, source: 'observed' as const, key: `m:out:life:${i}`, pitch: false });

describe.each<BrowserKind>(['chromium', 'firefox'])('background lifecycle in %s', (kind) => {
  let browser: ExtensionBrowser;
  let options: GkPage;

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), () => undefined, {
      firefoxPrefs: { 'extensions.background.idle.timeout': IDLE_MS },
    });
    options = await browser.extensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Leaves a mark in the running background's global scope: a restarted one has none. */
  async function markBackground(): Promise<void> {
    if (kind === 'chromium') {
      await (await browser.worker!()).evaluate((m) => Object.assign(globalThis, { [m]: true }), MARK);
      return;
    }
    // Firefox: the event page's window; the options page keeps a reference to watch it die.
    await options.eval(async (m) => {
      const page = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
      Object.assign(page!, { [m]: true });
      (window as unknown as { gkBackground: Window }).gkBackground = page!;
    }, MARK);
  }

  /** Chromium: stops the worker. Firefox: waits until the idle event page was unloaded. */
  async function stopped(): Promise<void> {
    if (kind === 'chromium') {
      await browser.stopBackground!();
      return;
    }
    // A reference into an unloaded page turns into a "dead object" that throws on access.
    await options.waitFor(
      (m) => {
        try {
          return !(m in (window as unknown as { gkBackground: Window }).gkBackground);
        } catch {
          return true;
        }
      },
      MARK,
      IDLE_MS * 15,
    );
  }

  async function freshBackground(): Promise<boolean> {
    if (kind === 'chromium') return !(await (await browser.worker!()).evaluate((m) => m in globalThis, MARK));
    return options.eval(async (m) => {
      const page = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
      return !!page && !(m in page);
    }, MARK);
  }

  /**
   * Headless Firefox has no alert service to show a notification in: it closes each one at once,
   * so `notifications.getAll()` is always empty there. Firefox tells every extension page about
   * it, though: the options page records `onClosed` ids, proof the notification was created.
   */
  async function watchNotifications(): Promise<void> {
    if (kind === 'chromium') return;
    await options.eval(() => {
      const w = window as unknown as { browser: Api; gkNotified: string[] };
      w.gkNotified = [];
      w.browser.notifications.onClosed.addListener((id) => w.gkNotified.push(id));
    });
  }

  function notified(id: string): Promise<boolean> {
    if (kind === 'firefox') return options.eval((n) => (window as unknown as { gkNotified: string[] }).gkNotified.includes(n), id);
    return options.eval(async (n) => n in (await chrome.notifications.getAll()), id);
  }

  it('survives being stopped: a fresh background, the data kept, the next message answered', async () => {
    const contact = { aliases: ['slug:sur-vivor'], name: 'Sur Vivor' };
    const { contactId } = await sendFromPage(options, { type: 'events.record', contact, events: [sentEvent(1), sentEvent(2)] });
    await markBackground();
    await stopped();
    const { summary } = await sendFromPage(options, { type: 'contact.summary', contact });
    expect(summary).toMatchObject({ warmTouches: 2 });
    expect((await sendFromPage(options, { type: 'contact.detail', contactId })).eventCount).toBe(2);
    expect(await freshBackground()).toBe(true);
  });

  it('an alarm wakes the stopped background: the due reminder is notified and the badge shows it', async () => {
    const settings = await browser.extensionPage('options.html#notifications');
    await settings.click('#notifications');
    await settings.waitFor(async () => {
      const api = (globalThis as unknown as { browser?: Api }).browser ?? chrome;
      return ((await api.storage.local.get('settings')) as { settings?: { notifications?: boolean } }).settings?.notifications === true;
    });
    await settings.close();
    const contact = { aliases: ['slug:held-pitch'], name: 'Held Pitch' };
    const { reminderId } = await sendFromPage(options, { type: 'pitch.hold', contact, draft: 'Can we talk pricing?', readyOn: Date.now() + DAY });
    const before = (await sendFromPage(options, { type: 'dashboard' })).dueCount;
    // The day passes behind the background's back (same origin, same database).
    await options.eval(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gatekeeper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('reminders', 'readwrite');
            const store = tx.objectStore('reminders');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, due: Date.now() });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      reminderId,
    );

    await watchNotifications();
    await markBackground();
    await stopped();
    // Created from a page, this wakes nothing by itself: only the alarm firing does.
    await options.eval(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).alarms.create('gk-reminders', { when: Date.now() + 200 }));

    // Polled from the page: asking the worker itself would wake it before the alarm does.
    const id = `gk|${reminderId}`;
    await expect.poll(() => notified(id), { timeout: 15_000 }).toBe(true);
    if (kind === 'chromium') expect(await (await browser.worker!()).evaluate(async (n) => n in (await chrome.notifications.getAll()), id)).toBe(true);
    expect(await freshBackground()).toBe(true);
    const badge = (): Promise<string> => options.eval(() => ((globalThis as unknown as { browser?: Api }).browser ?? chrome).action.getBadgeText({}));
    expect(await badge()).toBe(String(before + 1));
    expect((await sendFromPage(options, { type: 'dashboard' })).due.map((r) => r.id)).toContain(reminderId);
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
