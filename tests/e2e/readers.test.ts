// The page readers end to end: a conversation's visible history becomes message events (both
// directions, stored once however often the page is opened), and the connections list records
// connection dates with the precision the page gives (relative: day/week/month/year; absolute: day).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sendFromPage } from '../../scripts/screenshots.js';
import type { ContactDetailResponse } from '../../src/messages.js';
import type { BrowserKind } from './harness/browsers.js';
import { launch, ROOT, type ExtensionBrowser, type GkPage } from './harness/extension-browser.js';

const fixture = (name: string): string => readFileSync(join(ROOT, 'tests', 'fixtures', 'linkedin', `${name}.html`), 'utf8');
const JANE_THREAD = '/messaging/thread/2-NTg3ZDM1YjMtYWU1Ni00Y2Y3LWJlNjEtYjk0ODgzNDU2Nzg5XzAxMA==/';
const CONNECTIONS = '/mynetwork/invite-connect/connections/';

/** Local midnight `days` from today, plus hours and minutes: how the readers date page text. */
function localDay(days: number, hours = 0, minutes = 0, months = 0, years = 0): number {
  const d = new Date();
  return new Date(d.getFullYear() + years, d.getMonth() + months, d.getDate() + days, hours, minutes).getTime();
}

/** The stored contact whose name starts with `name` (undefined while there is none). */
async function detail(page: GkPage, name: string): Promise<ContactDetailResponse | undefined> {
  const { items } = await sendFromPage(page, { type: 'contacts.search', prefix: name });
  const found = items.filter((c) => c.name === name);
  if (found.length > 1) throw new Error(`${found.length} contacts named ${name}`);
  return found[0] ? sendFromPage(page, { type: 'contact.detail', contactId: found[0].id }) : undefined;
}

const messages = (d: ContactDetailResponse | undefined) => (d?.events ?? []).filter((e) => e.kind === 'message-sent' || e.kind === 'message-received');
const connected = (d: ContactDetailResponse | undefined) => d?.events.filter((e) => e.kind === 'connected').map((e) => [e.at, e.precision]);

describe.each<BrowserKind>(['chromium', 'firefox'])('page readers in %s', (kind) => {
  let browser: ExtensionBrowser;
  let options: GkPage;
  let served = '';

  beforeAll(async () => {
    browser = await launch(kind, inject(kind === 'chromium' ? 'chromiumPath' : 'firefoxPath'), () => ({ body: fixture(served) }));
    options = await browser.extensionPage('options.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a thread with history both ways: message events recorded, and stored once when the page is opened twice', async () => {
    served = 'messaging-en';
    const page = await browser.linkedin(JANE_THREAD);
    await expect.poll(async () => messages(await detail(options, 'Jane Doe')).length, { timeout: 15_000 }).toBe(5);
    const first = messages(await detail(options, 'Jane Doe'));
    expect(first.filter((e) => e.kind === 'message-sent')).toHaveLength(2);
    expect(first.filter((e) => e.kind === 'message-received')).toHaveLength(3);
    // "YESTERDAY 2:38 PM" and "TODAY 12:01 AM", carried down the rows.
    expect(first.map((e) => [e.kind, e.at])).toEqual(expect.arrayContaining([['message-sent', localDay(-1, 14, 38)], ['message-received', localDay(0, 0, 1)]]));
    expect(first.every((e) => e.source === 'observed' && e.at <= Date.now())).toBe(true);
    await page.close();

    // The same page again: the reader sends the same five facts; nothing new is stored.
    const again = await browser.linkedin(JANE_THREAD);
    await again.waitFor(() => document.querySelector('[data-gatekeeper="verdict"]') !== null);
    const second = await detail(options, 'Jane Doe');
    expect(messages(second).map((e) => e.key).sort()).toEqual(first.map((e) => e.key).sort());
    expect(second?.eventCount).toBe(first.length);
    await again.close();
  });

  it('the SDUI connections list: absolute dates, day precision, both aliases', async () => {
    await sendFromPage(options, { type: 'data.deleteAll', confirm: 'delete-all' });
    served = 'connections-sdui-en';
    const page = await browser.linkedin(CONNECTIONS);
    await expect.poll(async () => connected(await detail(options, 'Chen Li')), { timeout: 15_000 }).toEqual([[new Date(2025, 11, 31).getTime(), 'day']]);
    const jane = await detail(options, 'Jane Doe');
    expect(connected(jane)).toEqual([[new Date(2026, 2, 5).getTime(), 'day']]);
    expect(jane?.contact.aliases).toEqual(expect.arrayContaining(['member:ACoAABcdEfGhIjKlMnOpQrStUv', 'slug:jane-doe']));
    await page.close();
  });

  it('the classic connections list: "today" to "2 years ago", each with its precision', async () => {
    await sendFromPage(options, { type: 'data.deleteAll', confirm: 'delete-all' });
    served = 'connections-classic-en';
    const page = await browser.linkedin(CONNECTIONS);
    await expect.poll(async () => connected(await detail(options, 'Ana Silva')), { timeout: 15_000 }).toEqual([[localDay(0, 0, 0, 0, -2), 'year']]);
    expect(connected(await detail(options, 'Jane Doe'))).toEqual([[localDay(0), 'day']]);
    expect(connected(await detail(options, 'Bob Smith'))).toEqual([[localDay(-1), 'day']]);
    expect(connected(await detail(options, 'Liam O’Connor'))).toEqual([[localDay(-14), 'week']]);
    expect(connected(await detail(options, 'عمر الفاروق'))).toEqual([[localDay(0, 0, 0, -3), 'month']]);
    await page.close();
  });

  it('makes no network requests of its own', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
