// The guard end to end in real browsers: LinkedIn-like fixture pages served as
// https://www.linkedin.com/…, the built extension loaded, real mouse and keyboard input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatLocalDay } from '../../src/core/dates.js';
import type { BrowserKind } from './harness/browsers.js';
import { launch, ROOT, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';

const fixture = (name: string): string => readFileSync(join(ROOT, 'tests', 'fixtures', 'linkedin', `${name}.html`), 'utf8');

const JANE_THREAD = '/messaging/thread/2-NTg3ZDM1YjMtYWU1Ni00Y2Y3LWJlNjEtYjk0ODgzNDU2Nzg5XzAxMA==/';
const PITCH = 'Hi! Could we book a quick call this week so I can demo our pricing?';
const WARM = 'Thanks for connecting! I enjoyed your talk on onboarding last week.';

/** The fixture served for each path prefix; tests swap it between steps. */
let routes: Record<string, string> = {};

const level = (page: GkPage, want: string, timeoutMs?: number): Promise<void> =>
  page.waitFor((l) => [...document.querySelectorAll('[data-gatekeeper="verdict"]')].some((h) => h.getAttribute('data-level') === l), want, timeoutMs);
const cardText = (page: GkPage): Promise<string> =>
  page.eval(() => [...document.querySelectorAll('[data-gatekeeper="verdict"]')].map((h) => h.shadowRoot?.textContent ?? '').join('\n'));
const confirmShown = (page: GkPage): Promise<boolean> => page.eval(() => document.querySelector('[data-gatekeeper="confirm"]') !== null);
const sent = (page: GkPage): Promise<{ text: string }[]> => page.eval(() => (window as unknown as { __sent: { text: string }[] }).__sent);
const clickOn = (page: GkPage, find: () => Element | null | undefined): Promise<void> => page.clickOn(find);

const sendAnyway = (page: GkPage): Promise<void> =>
  clickOn(page, () => document.querySelector('[data-gatekeeper="confirm"]')?.shadowRoot?.querySelector('[data-choice="send"]') ?? null);

async function typeInEditor(page: GkPage, find: () => Element | null | undefined, text: string): Promise<void> {
  await clickOn(page, find);
  await page.type(text);
}

/** Seeds a contact from an extension page, the way the options page imports Connections.csv. */
async function importConnection(browser: ExtensionBrowser, alias: string, name: string, connectedAt: number): Promise<void> {
  const page = await browser.extensionPage('popup.html');
  await page.eval(
    async ({ alias, name, connectedAt }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const send = async (msg: object): Promise<{ ok: boolean; data: { runId: string }; error?: string }> => {
        const r = (await api.runtime.sendMessage(msg)) as { ok: boolean; data: { runId: string }; error?: string };
        if (!r.ok) throw new Error(r.error);
        return r;
      };
      const { data } = await send({ type: 'import.begin' });
      await send({
        type: 'import.batch',
        runId: data.runId,
        records: [{ aliases: [alias], name, file: 'connections', row: 0, events: [{ kind: 'connected', at: connectedAt, source: 'imported', key: 'c:imported', precision: 'day' }] }],
      });
      await send({ type: 'import.finish', runId: data.runId });
    },
    { alias, name, connectedAt },
  );
  await page.close();
}

describe.each<BrowserKind>(['chromium', 'firefox'])('guard in %s', (kind) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), (url) => {
      const hit = Object.keys(routes)
        .sort((a, b) => b.length - a.length)
        .find((prefix) => url.pathname.startsWith(prefix));
      return hit ? { body: fixture(routes[hit]!) } : undefined;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a pitch in an invitation note: too early, Send held, "Send anyway" sends exactly once', async () => {
    routes = { '/in/jane-doe/': 'invite-modal-en' };
    const page = await browser.linkedin('/in/jane-doe/');
    await clickOn(page, () => document.querySelector('#artdeco-modal-outlet button[aria-label="Add a note"]'));
    await typeInEditor(page, () => document.querySelector('textarea'), PITCH);
    await level(page, 'too-early');
    const before = await page.eval(() => document.querySelector('textarea')!.value);
    await clickOn(page, () => document.querySelector('#artdeco-modal-outlet button[aria-label="Send invitation"]'));
    await page.waitFor(() => document.querySelector('[data-gatekeeper="confirm"]') !== null);
    expect(await page.eval(() => (window as unknown as { __invites: unknown[] }).__invites.length)).toBe(0);
    expect(await page.eval(() => document.querySelector('textarea')!.value)).toBe(before);
    await sendAnyway(page);
    await page.waitFor(() => (window as unknown as { __invites: unknown[] }).__invites.length > 0);
    expect(await page.eval(() => (window as unknown as { __invites: { note: string }[] }).__invites)).toEqual([{ name: 'Jane Doe', note: PITCH }]);
    expect(await confirmShown(page)).toBe(false);
    await page.close();
  });

  it('a new connection: a pitch in the composer is too early, with its ready day', async () => {
    // Jane was pending (the invitation above); her profile now shows 1st: connected today.
    routes = { '/in/jane-doe/': 'profile-classic-1st-en', '/messaging/': 'messaging-en' };
    const profile = await browser.linkedin('/in/jane-doe/');
    await new Promise((r) => setTimeout(r, 1500)); // the profile feature reads after the top card settles
    await profile.close();

    const page = await browser.linkedin(JANE_THREAD);
    await level(page, 'ok');
    await typeInEditor(page, () => document.querySelector('.msg-form__contenteditable'), PITCH);
    await level(page, 'too-early');
    const today = new Date();
    const ready = formatLocalDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 7).getTime());
    const text = await cardText(page);
    expect(text).toContain('Connected today');
    expect(text).toContain(ready);
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('[data-gatekeeper="confirm"]') !== null);
    expect(await sent(page)).toEqual([]);
    await sendAnyway(page);
    await page.waitFor(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    expect((await sent(page)).map((s) => s.text)).toEqual([PITCH]);
    await page.close();
  });

  it('a warm text: ok, and Send goes through without a question', async () => {
    routes = { '/messaging/': 'messaging-en' };
    const page = await browser.linkedin(JANE_THREAD);
    await level(page, 'ok');
    await typeInEditor(page, () => document.querySelector('.msg-form__contenteditable'), WARM);
    await new Promise((r) => setTimeout(r, 400));
    await level(page, 'ok');
    await clickOn(page, () => document.querySelector('.msg-form__send-button'));
    await page.waitFor(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    expect((await sent(page)).map((s) => s.text)).toEqual([WARM]);
    expect(await confirmShown(page)).toBe(false);
    await page.close();
  });

  it('connected 30 days ago with replies in the thread: the pitch is ok', async () => {
    const d = new Date();
    await importConnection(browser, 'slug:amelie-poulain', 'Amélie Poulain', new Date(d.getFullYear(), d.getMonth(), d.getDate() - 30).getTime());
    routes = { '/messaging/': 'messaging-fr' };
    const page = await browser.linkedin('/messaging/thread/2-amelie/');
    await level(page, 'ok');
    await typeInEditor(page, () => document.querySelector('.msg-form__contenteditable'), PITCH);
    await new Promise((r) => setTimeout(r, 400));
    await level(page, 'ok');
    expect(await cardText(page)).toContain('Connected 30 days ago');
    await page.press('Enter');
    await page.waitFor(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    expect(await confirmShown(page)).toBe(false);
    await page.close();
  });

  it('the overlay composer: card inside the bubble, Send held and released once', async () => {
    routes = { '/feed/': 'overlays-en' };
    const page = await browser.linkedin('/feed/');
    await page.waitFor(() => document.querySelectorAll('.msg-overlay-conversation-bubble [data-gatekeeper="verdict"]').length >= 2);
    await typeInEditor(page, () => [...document.querySelectorAll('.msg-overlay-conversation-bubble')].find((b) => b.querySelector('a[href="/in/jane-doe/"]'))?.querySelector('[contenteditable="true"]') ?? null, PITCH);
    await level(page, 'too-early');
    await clickOn(page, () => [...document.querySelectorAll('.msg-overlay-conversation-bubble')].find((b) => b.querySelector('a[href="/in/jane-doe/"]'))?.querySelector('button[type="submit"], .msg-form__send-btn, .msg-form__send-button') ?? null);
    await page.waitFor(() => document.querySelector('[data-gatekeeper="confirm"]') !== null);
    expect(await sent(page)).toEqual([]);
    await sendAnyway(page);
    await page.waitFor(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    expect((await sent(page)).map((s) => s.text)).toEqual([PITCH]);
    await page.close();
  });

  it('in-app navigation between profile and messaging without a reload: the card follows', async () => {
    routes = { '/in/jane-doe/': 'spa-en', '/messaging/': 'spa-en' };
    const page = await browser.linkedin('/in/jane-doe/');
    await page.eval(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    expect(await page.eval(() => document.querySelector('[data-gatekeeper="verdict"]'))).toBeNull();
    await clickOn(page, () => document.querySelector('a[data-fixture-nav][href^="/messaging/"]'));
    await page.waitFor(() => location.pathname.startsWith('/messaging/'));
    await level(page, 'ok');
    await typeInEditor(page, () => document.querySelector('.msg-form__contenteditable'), PITCH);
    await level(page, 'too-early');
    await page.eval(() => history.back());
    await page.waitFor(() => location.pathname.startsWith('/in/') && document.querySelector('[data-gatekeeper="verdict"]') === null);
    expect(await page.eval(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await page.close();
  });

  it.runIf(kind === 'chromium')('an extension reload mid-page leaves LinkedIn\'s Send working and nothing of ours behind', async () => {
    routes = { '/messaging/': 'messaging-en' };
    const page = await browser.linkedin(JANE_THREAD);
    await level(page, 'ok');
    await typeInEditor(page, () => document.querySelector('.msg-form__contenteditable'), PITCH);
    await level(page, 'too-early');
    const sw = await browser.worker!();
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitFor(() => document.querySelector('[data-gatekeeper]') === null && !document.documentElement.hasAttribute('data-gatekeeper-ready'), undefined, 5000);
    await clickOn(page, () => document.querySelector('.msg-form__send-button'));
    await page.waitFor(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    expect((await sent(page)).map((s) => s.text)).toEqual([PITCH]);
    expect(await confirmShown(page)).toBe(false);
    await page.close();
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
