// `tsx scripts/screenshots.ts`: builds if needed, loads the real build into Chromium, seeds a
// realistic demo history through the extension's own messages, and writes the README's
// screenshots to docs/screenshots/ (popup and options page, light and dark, plus the popup's
// contact card on a LinkedIn profile).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page as PwPage } from 'playwright-core';
import { findBrowser } from '../tests/e2e/harness/browsers.js';
import { launchChromium, ROOT, type GkPage } from '../tests/e2e/harness/extension-browser.js';
import type { ImportRecord, MessageType, Reply, ResponseOf } from '../src/messages.js';

const DAY = 86_400_000;
const OUT = join(ROOT, 'docs', 'screenshots');

type Message = { type: MessageType } & Record<string, unknown>;

/** Sends one message from an extension page (`browser` in Firefox, `chrome` in Chromium). */
export async function sendFromPage<K extends MessageType>(page: GkPage, message: Message & { type: K }): Promise<ResponseOf<K>> {
  const reply = (await page.eval((m) => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message)) as Reply<K>;
  if (!reply.ok) throw new Error(`${message.type}: ${reply.error}`);
  return reply.data;
}

/** Imports records the way the options page's importer does: begin, batches, finish. */
export async function importRecords(page: GkPage, records: ImportRecord[]): Promise<void> {
  const { runId } = await sendFromPage(page, { type: 'import.begin' });
  for (let i = 0; i < records.length; i += 500) await sendFromPage(page, { type: 'import.batch', runId, records: records.slice(i, i + 500) });
  await sendFromPage(page, { type: 'import.finish', runId });
}

export interface DemoPerson {
  slug: string;
  name: string;
  position: string;
  company: string;
  /** Days since connecting; undefined: an invitation still pending. */
  connectedDaysAgo?: number;
  sent?: number;
  replies?: number;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { slug: 'amara-okafor', name: 'Amara Okafor', position: 'Head of Revenue Operations', company: 'Brightline', connectedDaysAgo: 0 },
  { slug: 'lukas-brenner', name: 'Lukas Brenner', position: 'VP Engineering', company: 'Nordwerk Systems', connectedDaysAgo: 1 },
  { slug: 'sofia-marquez', name: 'Sofía Márquez', position: 'Procurement Lead', company: 'Solenne Foods', connectedDaysAgo: 2, sent: 1 },
  { slug: 'daniel-cho', name: 'Daniel Cho', position: 'Founder', company: 'Quillstack', connectedDaysAgo: 3, sent: 1, replies: 1 },
  { slug: 'priya-raman', name: 'Priya Raman', position: 'Director of Customer Success', company: 'Harbor Health', connectedDaysAgo: 5, sent: 2 },
  { slug: 'tom-wilkinson', name: 'Tom Wilkinson', position: 'CTO', company: 'Ledgerlane', connectedDaysAgo: 6, sent: 1 },
  { slug: 'elena-petrova', name: 'Elena Petrova', position: 'Chief of Staff', company: 'Arcturus Labs', connectedDaysAgo: 9, sent: 2, replies: 1 },
  { slug: 'marcus-hale', name: 'Marcus Hale', position: 'Sales Enablement Manager', company: 'Cobalt & Co', connectedDaysAgo: 12, sent: 1 },
  { slug: 'yuki-tanaka', name: 'Yuki Tanaka', position: 'Product Director', company: 'Kitsune Mobility', connectedDaysAgo: 21, sent: 3, replies: 2 },
  { slug: 'grace-adeyemi', name: 'Grace Adeyemi', position: 'Head of Talent', company: 'Meridian Bank', connectedDaysAgo: 48, sent: 2, replies: 3 },
  { slug: 'jonas-lindqvist', name: 'Jonas Lindqvist', position: 'COO', company: 'Fjordbyte', connectedDaysAgo: 130, sent: 4, replies: 2 },
  { slug: 'hannah-weiss', name: 'Hannah Weiss', position: 'Marketing Director', company: 'Lumen & Field' },
  { slug: 'omar-haddad', name: 'Omar Haddad', position: 'Head of IT', company: 'Sahel Logistics' },
  { slug: 'claire-dubois', name: 'Claire Dubois', position: 'Finance Director', company: 'Maison Verte' },
];

/** One ContactRecord per fact, as the LinkedIn export parsers produce them. */
export function demoRecords(now: number, people: readonly DemoPerson[] = DEMO_PEOPLE): ImportRecord[] {
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  const out: ImportRecord[] = [];
  let row = 2;
  for (const p of people) {
    const base = { aliases: [`slug:${p.slug}` as const], name: p.name, position: p.position, company: p.company };
    if (p.connectedDaysAgo === undefined) {
      out.push({ ...base, file: 'invitations', row: row++, events: [{ kind: 'invited', at: now - 2 * DAY, source: 'imported', key: 'i:out' }] });
      continue;
    }
    const at = midnight - p.connectedDaysAgo * DAY;
    out.push({ ...base, file: 'connections', row: row++, events: [{ kind: 'connected', at, source: 'imported', key: 'c:imported', precision: 'day' }] });
    for (let i = 0; i < (p.sent ?? 0); i++) {
      out.push({ ...base, file: 'messages', row: row++, events: [{ kind: 'message-sent', at: at + (i + 1) * 3_600_000, source: 'imported', key: `m:out:demo-${i}`, pitch: false, threadId: `thread-${p.slug}` }] });
    }
    for (let i = 0; i < (p.replies ?? 0); i++) {
      out.push({ ...base, file: 'messages', row: row++, events: [{ kind: 'message-received', at: at + (i + 2) * 3_600_000, source: 'imported', key: `m:in:demo-${i}`, threadId: `thread-${p.slug}` }] });
    }
  }
  // Older warm connections fill the pipeline the way a real network does.
  for (let i = 0; i < 180; i++) {
    const aliases = [`slug:demo-contact-${i}` as const];
    const at = midnight - (60 + i * 9) * DAY;
    out.push({ aliases, name: `Demo Contact ${i}`, file: 'connections', row: row++, events: [{ kind: 'connected', at, source: 'imported', key: 'c:imported', precision: 'day' }] });
    if (i % 3 !== 0) out.push({ aliases, file: 'messages', row: row++, events: [{ kind: 'message-received', at: at + DAY, source: 'imported', key: 'm:in:demo' }] });
  }
  return out;
}

export async function holdDemoPitches(page: GkPage, now: number): Promise<void> {
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  const hold = (slug: string, name: string, draft: string, readyInDays: number) =>
    sendFromPage(page, {
      type: 'pitch.hold',
      contact: { aliases: [`slug:${slug}`], name },
      draft,
      readyOn: midnight + readyInDays * DAY,
      threadUrl: `https://www.linkedin.com/messaging/thread/thread-${slug}/`,
    });
  await hold('elena-petrova', 'Elena Petrova', 'Elena, since you mentioned onboarding takes your team weeks: would a 20-minute walkthrough of how Arcturus could cut that in half be useful?', 0);
  await hold('lukas-brenner', 'Lukas Brenner', 'Lukas, we help platform teams like Nordwerk ship safer releases. Open to a quick demo next week?', 6);
  await hold('priya-raman', 'Priya Raman', 'Priya, happy to share the case study from Harbor’s peer group when the timing is right.', 2);
}

async function shoot(page: GkPage, file: string, scheme: 'light' | 'dark', fullPage: boolean): Promise<void> {
  const raw = page.raw as PwPage;
  await raw.emulateMedia({ colorScheme: scheme });
  await raw.evaluate(() => document.fonts.ready.then(() => undefined));
  await raw.screenshot({ path: join(OUT, file), fullPage });
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'chrome', 'popup.js')) || process.argv.includes('--build')) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(OUT, { recursive: true });
  const profileBody = '<!doctype html><html lang="en"><head><title>LinkedIn</title></head><body><main><h1>Profile</h1></main></body></html>';
  const browser = await launchChromium(findBrowser('chromium'), () => ({ body: profileBody }));
  try {
    const setup = await browser.extensionPage('options.html');
    const now = Date.now();
    await importRecords(setup, demoRecords(now));
    await holdDemoPitches(setup, now);

    const popup = await browser.extensionPage('popup.html');
    const raw = popup.raw as PwPage;
    await raw.setViewportSize({ width: 380, height: 600 });
    await popup.waitFor(() => document.querySelector('[data-gatekeeper-popup="ready"]') !== null);
    for (const scheme of ['light', 'dark'] as const) await shoot(popup, `popup-${scheme}.png`, scheme, true);

    // The contact card: a LinkedIn profile becomes the active tab, then the popup renders again.
    await popup.eval(async () => {
      await chrome.tabs.create({ url: 'https://www.linkedin.com/in/priya-raman/', active: true });
    });
    await popup.eval(() => location.reload());
    await popup.waitFor(() => document.querySelector('[data-gatekeeper-card]') !== null);
    for (const scheme of ['light', 'dark'] as const) await shoot(popup, `popup-card-${scheme}.png`, scheme, true);

    await (setup.raw as PwPage).setViewportSize({ width: 1180, height: 860 });
    await setup.eval(() => location.reload());
    await setup.waitFor(() => document.querySelector('[data-gatekeeper-options="ready"]') !== null);
    for (const scheme of ['light', 'dark'] as const) await shoot(setup, `options-${scheme}.png`, scheme, false);
    process.stdout.write(`screenshots written to ${OUT}\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
