// The worker in real browsers: messages reach IndexedDB and come back, data survives the
// worker being stopped, parallel writers lose and duplicate nothing, an alarm lights the badge.
//
// Writers: in Chromium the events come from the real content script's isolated world (found over
// CDP), so sender classification, the content audience and the message round trip are the real
// ones. Firefox's driver (WebDriver BiDi) cannot enter a content script's realm, so there the
// same messages come from an extension page; `events.record` accepts pages for that reason.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page as PwPage } from 'playwright-core';
import { launch, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';
import type { BrowserKind } from './harness/browsers.js';
import type { MessageType, Reply, ResponseOf } from '../../src/messages.js';

type Message = { type: MessageType } & Record<string, unknown>;

/** Sends from an extension page (`browser` in Firefox, `chrome` in Chromium: both promise-based). */
async function fromPage<K extends MessageType>(page: GkPage, message: Message & { type: K }): Promise<Reply<K>> {
  return page.eval((m) => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message) as Promise<Reply<K>>;
}

function data<K extends MessageType>(reply: Reply<K>): ResponseOf<K> {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** A message sent by Gatekeeper's own content script on a LinkedIn tab (Chromium, over CDP). */
class ContentScript {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  static async attach(page: GkPage, extensionBase: string): Promise<ContentScript> {
    const raw = page.raw as PwPage;
    const cdp = await raw.context().newCDPSession(raw);
    const origin = extensionBase.replace(/\/$/, '');
    const found = new Promise<number>((resolve) => {
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === origin && context.auxData?.type === 'isolated') resolve(context.id);
      });
    });
    await cdp.send('Runtime.enable');
    return new ContentScript(cdp, await found);
  }

  async send<K extends MessageType>(message: Message & { type: K }): Promise<Reply<K>> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      contextId: this.contextId,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as Reply<K>;
  }
}

const DAY = 86_400_000;
const sentEvent = (i: number, at: number) => ({ kind: 'message-sent', at, source: 'observed', key: `m:out:${i}`, pitch: false });

describe.each<BrowserKind>(['chromium', 'firefox'])('worker in %s', (kind) => {
  let browser: ExtensionBrowser;
  let options: GkPage;
  /** Sends as a content script where the browser lets us, else as a page (see the file comment). */
  let writers: { send: <K extends MessageType>(m: Message & { type: K }) => Promise<Reply<K>>; close: () => Promise<void> }[];

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), () => ({ body: '<!doctype html><title>LinkedIn</title><main>profile</main>' }));
    options = await browser.extensionPage('options.html');
    writers = [];
    for (const path of ['/in/tab-one/', '/in/tab-two/']) {
      if (kind === 'chromium') {
        const tab = await browser.linkedin(path);
        const content = await ContentScript.attach(tab, browser.extensionBase);
        writers.push({ send: (m) => content.send(m), close: () => tab.close() });
      } else {
        const page = await browser.extensionPage('options.html');
        writers.push({ send: (m) => fromPage(page, m), close: () => page.close() });
      }
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records events and reads the relationship back; page-only messages are refused from content', async () => {
    const contact = { aliases: ['slug:jane-doe'], name: 'Jane Doe' };
    const now = Date.now();
    const recorded = data(await writers[0]!.send({ type: 'events.record', contact, events: [{ kind: 'connected', at: now - 2 * DAY, source: 'observed', key: 'c:observed' }, sentEvent(0, now)] }));
    expect(recorded.added).toBe(2);
    const summary = data(await writers[0]!.send({ type: 'contact.summary', contact }));
    expect(summary).toMatchObject({ contactId: recorded.contactId, name: 'Jane Doe', summary: { connected: true, stage: 'warming', ageDays: 2, warmTouches: 1 } });
    const detail = data(await fromPage(options, { type: 'contact.detail', contactId: recorded.contactId }));
    expect(detail.eventCount).toBe(2);
    if (kind === 'chromium') {
      expect(await writers[0]!.send({ type: 'data.deleteAll', confirm: 'delete-all' })).toEqual({ ok: false, error: '"data.deleteAll" is not allowed from content' });
    }
    expect(await fromPage(options, { type: 'no.such.type' as MessageType })).toMatchObject({ ok: false, error: expect.stringContaining('Unknown message type') });
    expect(await fromPage(options, { type: 'contacts.search', prefix: 42 })).toMatchObject({ ok: false, error: expect.stringContaining('Malformed') });
  });

  it('two tabs recording at once lose and duplicate nothing', async () => {
    const contact = { aliases: ['slug:busy-bee'], name: 'Busy Bee' };
    const now = Date.now();
    // Tab 0 sends keys 0–39, tab 1 keys 20–59: 80 messages, but a fact is stored once per key,
    // so 60 distinct facts (keys 20–39 come from both tabs and must be stored, and counted, once).
    const sends = writers.flatMap((w, t) =>
      Array.from({ length: 40 }, (_, i) => w.send({ type: 'events.record', contact, events: [sentEvent(t * 20 + i, now - i * 1000)] })),
    );
    const replies = (await Promise.all(sends)).map((r) => data(r).added);
    // Each message adds its fact or finds it stored: a double count or a lost write shows here.
    expect(replies.every((n) => n === 0 || n === 1)).toBe(true);
    expect(replies.reduce((sum, n) => sum + n, 0)).toBe(60);
    const found = data(await fromPage(options, { type: 'contacts.search', prefix: 'busy bee' }));
    expect(found.items).toHaveLength(1);
    const detail = data(await fromPage(options, { type: 'contact.detail', contactId: found.items[0]!.id }));
    expect(detail.eventCount).toBe(60);
    // Exactly keys 0–59, each once: a lost fact leaves a gap, a duplicated one an extra entry.
    const keys = detail.events.map((e) => e.key).sort((a, b) => Number(a.split(':')[2]) - Number(b.split(':')[2]));
    expect(keys).toEqual(Array.from({ length: 60 }, (_, i) => `m:out:${i}`));
  });

  it('an alarm brings a snoozed reminder back and the badge shows it', async () => {
    const contact = { aliases: ['slug:held-pitch'], name: 'Held Pitch' };
    const badge = () =>
      options.eval(() => {
        const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
        return (g.browser ?? g.chrome).action.getBadgeText({});
      });
    // Jane's "engage" step (day 2) is already due from the first test.
    const before = data(await fromPage(options, { type: 'dashboard' })).dueCount;
    expect(await badge()).toBe(before > 0 ? String(before) : '');
    const { reminderId } = data(await fromPage(options, { type: 'pitch.hold', contact, draft: 'Can we talk pricing?', readyOn: Date.now() - DAY }));
    expect(await badge()).toBe(String(before + 1));
    data(await fromPage(options, { type: 'reminder.act', reminderId, action: 'snooze', days: 1 }));
    const shown = before > 0 ? String(before) : '';
    expect(await badge()).toBe(shown);
    // Let the snooze run out (as if a day passed) behind the worker's back: same origin, same database.
    await options.eval(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gatekeeper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('reminders', 'readwrite');
            const store = tx.objectStore('reminders');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, due: Date.now() - 1000 });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      reminderId,
    );
    expect(await badge()).toBe(shown);
    await options.eval(() => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      return (g.browser ?? g.chrome).alarms.create('gk-reminders', { when: Date.now() + 100 });
    });
    await options.waitFor(async (want) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      return (await (g.browser ?? g.chrome).action.getBadgeText({})) === want;
    }, String(before + 1));
    const dash = data(await fromPage(options, { type: 'dashboard' }));
    expect(dash.due.map((r) => [r.id, r.status, r.draft])).toContainEqual([reminderId, 'due', 'Can we talk pricing?']);
  });

  // Firefox has no equivalent of ServiceWorker.stopAllWorkers for an event page (it unloads idle
  // backgrounds on its own schedule, which a test cannot force), so this case is Chromium-only.
  it.runIf(kind === 'chromium')('survives the worker being stopped: data kept, the next message answered', async () => {
    const contact = { aliases: ['slug:survivor'], name: 'Sur Vivor' };
    const { contactId } = data(await writers[1]!.send({ type: 'events.record', contact, events: [sentEvent(1, Date.now()), sentEvent(2, Date.now())] }));
    const sw = await browser.worker!();
    // A mark in the running worker's global scope: gone after a real restart.
    await sw.evaluate(() => Object.assign(globalThis, { gkStopMark: true }));
    await browser.stopBackground!();
    const summary = data(await writers[1]!.send({ type: 'contact.summary', contact }));
    expect(summary).toMatchObject({ contactId, summary: { warmTouches: 2 } });
    expect(data(await fromPage(options, { type: 'contact.detail', contactId })).eventCount).toBe(2);
    // The woken worker recomputed the badge from the store.
    const { dueCount } = data(await fromPage(options, { type: 'dashboard' }));
    expect(dueCount).toBeGreaterThan(0);
    expect(await sw.evaluate(() => 'gkStopMark' in globalThis)).toBe(false);
    expect(await sw.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(dueCount));
  });

  it('makes no network requests of its own', async () => {
    for (const w of writers) await w.close();
    expect(browser.foreignRequests).toEqual([]);
  });
});
