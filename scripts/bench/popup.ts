// Popup first render in real Chromium at scale: 30,000 contacts and 300,000 events imported
// through the worker, then the popup opened again and again, timed from navigation start to
// the `gatekeeper-popup-ready` mark (set once the dashboard's data is in the DOM).
import { execFileSync } from 'node:child_process';
import type { Page as PwPage } from 'playwright-core';
import { findBrowser } from '../../tests/e2e/harness/browsers.js';
import { launchChromium, ROOT, type ExtensionBrowser, type GkPage } from '../../tests/e2e/harness/extension-browser.js';
import { READY_MARK } from '../../src/popup/ready.js';
import type { BenchRow } from './types.js';

const CONTACTS = 30_000;
const EVENTS_PER_CONTACT = 10;
const BATCH = 1000;
const OPENS = 25;
const BUDGET_MS = 150;

/** Imports CONTACTS × EVENTS_PER_CONTACT from an extension page, generated in the page. */
async function seed(page: GkPage): Promise<number> {
  return page.eval(
    // No named inner functions here: tsx would wrap them in a `__name` helper the page lacks.
    async ({ contacts, perContact, batch }) => {
      const DAY = 86_400_000;
      const today = new Date().setHours(0, 0, 0, 0);
      const t0 = performance.now();
      const begun = (await chrome.runtime.sendMessage({ type: 'import.begin' })) as { ok: boolean; error?: string; data: { runId: string } };
      if (!begun.ok) throw new Error(begun.error);
      const runId = begun.data.runId;
      for (let start = 0; start < contacts; start += batch) {
        const records = [];
        for (let i = start; i < Math.min(contacts, start + batch); i++) {
          // Spread over four years, a few connected this week (their warm-up reminders fall due).
          const connectedAt = today - (i % 1460) * DAY;
          const events: Record<string, unknown>[] = [{ kind: 'connected', at: connectedAt, source: 'imported', key: 'c:imported', precision: 'day' }];
          for (let k = 1; k < perContact; k++) {
            const out = k % 3 !== 0;
            events.push({ kind: out ? 'message-sent' : 'message-received', at: connectedAt + k * 3_600_000, source: 'imported', key: `m:${out ? 'out' : 'in'}:${k}` });
          }
          records.push({ aliases: [`slug:popup-bench-${i}`], name: `Bench Person ${i}`, position: 'Engineer', company: 'Acme', events, file: 'connections', row: i + 2 });
        }
        const r = (await chrome.runtime.sendMessage({ type: 'import.batch', runId, records })) as { ok: boolean; error?: string };
        if (!r.ok) throw new Error(r.error);
      }
      const done = (await chrome.runtime.sendMessage({ type: 'import.finish', runId })) as { ok: boolean; error?: string };
      if (!done.ok) throw new Error(done.error);
      return performance.now() - t0;
    },
    { contacts: CONTACTS, perContact: EVENTS_PER_CONTACT, batch: BATCH },
  );
}

/** Round trips of contacts.search from an extension page: typed prefixes (warm), then one after the worker restarts. */
async function nameSearch(browser: ExtensionBrowser): Promise<{ warm: number; cold: number }> {
  const typed = ['b', 'be', 'ben', 'benc', 'bench', 'bench ', 'bench p', 'bench person 1', 'bench person 12', 'bench person 123'];
  const page = await browser.extensionPage('options.html');
  const ask = (prefixes: string[]): Promise<number[]> =>
    page.eval(async (list) => {
      const out: number[] = [];
      for (const prefix of list) {
        const t0 = performance.now();
        const r = (await chrome.runtime.sendMessage({ type: 'contacts.search', prefix, limit: 50 })) as { ok: boolean; error?: string; data: { items: unknown[] } };
        if (!r.ok || r.data.items.length === 0) throw new Error(`search ${prefix}: ${r.error ?? 'no results'}`);
        out.push(performance.now() - t0);
      }
      return out;
    }, prefixes);
  const warm = [...(await ask(typed)), ...(await ask(typed))].sort((a, b) => a - b);
  await page.close();
  await browser.stopBackground?.();
  const again = await browser.extensionPage('options.html');
  const cold = await again.eval(async () => {
    const t0 = performance.now();
    await chrome.runtime.sendMessage({ type: 'contacts.search', prefix: 'bench person 2', limit: 50 });
    return performance.now() - t0;
  });
  await again.close();
  return { warm: percentile(warm, 50), cold };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export default async function bench(): Promise<BenchRow[]> {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'ignore' });
  const browser = await launchChromium(findBrowser('chromium'));
  try {
    const options = await browser.extensionPage('options.html');
    const seeded = await seed(options);
    const summary = await options.eval(async () => {
      const r = (await chrome.runtime.sendMessage({ type: 'dashboard' })) as { ok: boolean; data: { totalContacts: number; dueCount: number } };
      return r.data;
    });
    if (summary.totalContacts !== CONTACTS) throw new Error(`seeded ${summary.totalContacts} contacts, expected ${CONTACTS}`);

    const times: number[] = [];
    const trips: number[] = [];
    /** From the HTML having arrived to the ready mark: what the popup itself costs. */
    const own: number[] = [];
    for (let i = 0; i < OPENS + 2; i++) {
      const page = await browser.extensionPage('popup.html');
      await page.waitFor(() => document.querySelector('[data-gatekeeper-popup="ready"]') !== null);
      const { t, fetched } = await (page.raw as PwPage).evaluate((mark) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { t: performance.getEntriesByName(mark)[0]?.startTime ?? NaN, fetched: nav?.responseEnd ?? NaN };
      }, READY_MARK);
      const trip = await page.eval(async () => {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'dashboard' });
        return performance.now() - t0;
      });
      // The first two opens warm the worker and the HTTP cache; a user's popup opens warm too.
      if (i >= 2) {
        times.push(t);
        own.push(t - fetched);
        trips.push(trip);
      }
      await page.close();
    }
    const search = await nameSearch(browser);
    times.sort((a, b) => a - b);
    trips.sort((a, b) => a - b);
    own.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    return [
      {
        what: `popup first render, ${CONTACTS.toLocaleString('en')} contacts / ${(CONTACTS * EVENTS_PER_CONTACT).toLocaleString('en')} events (${summary.dueCount} due)`,
        measured: `median ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (${OPENS} opens; HTML received → ready median ${percentile(own, 50).toFixed(0)} ms; dashboard round trip median ${percentile(trips, 50).toFixed(1)} ms)`,
        budget: `≤ ${BUDGET_MS} ms`,
        ok: p95 <= BUDGET_MS,
      },
      {
        what: `popup name search, ${CONTACTS.toLocaleString('en')} contacts (a prefix per keystroke, 50 results)`,
        measured: `median ${search.warm.toFixed(1)} ms per search; the first search of a just-started worker ${search.cold.toFixed(0)} ms (it reads every name once; the popup asks for it when the search box gets focus)`,
        budget: '— (time reported)',
      },
      { what: 'popup bench: seeding import (context, not a budget)', measured: `${(seeded / 1000).toFixed(1)} s`, budget: '—' },
    ];
  } finally {
    await browser.close();
  }
}
