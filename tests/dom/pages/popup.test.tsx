import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardOf, platform, resetAll, settle, worker } from './harness.js';

vi.mock('../../../src/platform/index.js', async () => (await import('./harness.js')).platformMock);
vi.mock('../../../src/client.js', async () => ({ ask: (await import('./harness.js')).fakeAsk }));

await import('./english.js');
const { App } = await import('../../../src/popup/App.js');

let root: HTMLElement;
const q = <T extends Element = HTMLElement>(sel: string): T | null => root.querySelector<T>(sel);
const text = (): string => root.textContent ?? '';
const button = (label: string, within: ParentNode = root): HTMLButtonElement => {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text().slice(0, 300)}`);
  return found;
};

async function mount(): Promise<void> {
  root = document.createElement('main');
  document.body.append(root);
  render(<App />, root);
  await vi.waitFor(() => expect(q('[data-gatekeeper-popup="ready"], [data-gatekeeper-popup="error"]')).not.toBeNull());
}

describe('popup', () => {
  beforeEach(() => {
    resetAll();
    worker.on('dashboard', () => dashboardOf());
  });
  afterEach(() => render(null, root));

  it('renders the dashboard from one round trip and marks itself ready', async () => {
    await mount();
    expect(worker.calls.map((c) => c.type)).toEqual(['dashboard']);
    expect(q('[data-due-count]')?.textContent).toBe('1');
    expect(text()).toContain('Amara Okafor');
    expect(text()).toContain('Say thank you (no pitch)');
    expect(text()).toContain('Held pitches');
    expect(text()).toContain('Open to a quick demo?');
    const svg = q('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Warm-up pipeline: 0 strangers, 2 pending, 5 new, 3 warming up, 40 warm.');
  });

  it('shows the first-run state with no contacts, and opens the options page at Import', async () => {
    worker.on('dashboard', () => dashboardOf({ totalContacts: 0, due: [], dueCount: 0, held: [], heldCount: 0, newConnections: [], newConnectionsCount: 0 }));
    await mount();
    expect(q('[data-gatekeeper-first-run]')).not.toBeNull();
    button('Import LinkedIn data export').click();
    expect(platform.options).toEqual(['import']);
  });

  it('says what went wrong when the worker fails, and tries again', async () => {
    let fail = true;
    worker.on('dashboard', () => {
      if (fail) throw new Error('database closed');
      return dashboardOf();
    });
    await mount();
    expect(q('[data-gatekeeper-popup="error"]')).not.toBeNull();
    expect(q('[role="alert"]')?.textContent).toContain('database closed');
    fail = false;
    button('Try again').click();
    await vi.waitFor(() => expect(q('[data-gatekeeper-popup="ready"]')).not.toBeNull());
  });

  it('marks a reminder done, then asks for the dashboard again (the badge’s count)', async () => {
    const acted: unknown[] = [];
    worker.on('reminder.act', (p) => {
      acted.push(p);
      worker.on('dashboard', () => dashboardOf({ due: [], dueCount: 0 }));
      return { reminder: { ...dashboardOf().due[0]!, status: 'done' } };
    });
    await mount();
    const row = q('[data-reminder-id="c_1|thank"]')!;
    button('Done', row).click();
    await vi.waitFor(() => expect(q('[data-due-count]')?.textContent).toBe('0'));
    expect(acted).toEqual([{ reminderId: 'c_1|thank', action: 'done' }]);
    expect(worker.of('dashboard')).toHaveLength(2);
    expect(text()).toContain('Marked as done.');
  });

  it('snoozes by 1, 3 or 7 days; Esc closes the choices and returns focus', async () => {
    worker.on('reminder.act', (p) => ({ reminder: { ...dashboardOf().due[0]!, status: 'snoozed', due: Date.now() + 3 * 86_400_000 } , ...(p as object) }) as never);
    await mount();
    const row = q('[data-reminder-id="c_1|thank"]')!;
    const toggle = row.querySelector<HTMLButtonElement>('[data-action="snooze"]')!;
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const three = row.querySelector<HTMLButtonElement>('[data-snooze-days="3"]')!;
    expect(three.textContent).toBe('3 days');
    three.focus();
    three.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(row.querySelector('[data-snooze-days]')).toBeNull();
    expect(document.activeElement).toBe(toggle);
    toggle.click();
    await settle();
    row.querySelector<HTMLButtonElement>('[data-snooze-days="7"]')!.click();
    await vi.waitFor(() => expect(worker.of('reminder.act')).toEqual([{ reminderId: 'c_1|thank', action: 'snooze', days: 7 }]));
  });

  it('copies a held draft and opens its conversation in a new tab', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount();
    const row = q('[data-reminder-id="c_2|held|x"]')!;
    button('Copy draft', row).click();
    await vi.waitFor(() => expect(text()).toContain('Draft copied to the clipboard.'));
    expect(writeText).toHaveBeenCalledWith('Open to a quick demo?');
    button('Open chat', row).click();
    await settle();
    expect(platform.opened).toEqual(['https://www.linkedin.com/messaging/thread/t2/']);
  });

  it('searches by name prefix, debounced, with a paged "more"', async () => {
    const item = (n: number) => ({ id: `c_${n}`, name: `Jane ${n}`, stage: 'warm' as const, allowListed: false, profileUrl: `https://www.linkedin.com/in/jane-${n}/` });
    worker.on('contacts.search', (p) => (p.cursor ? { items: [item(3)], next: null } : { items: [item(1), item(2)], next: 'k2' }));
    await mount();
    const input = q<HTMLInputElement>('input[type="search"]')!;
    // Focus alone asks for one row: the worker builds its name directory before the first keystroke.
    input.dispatchEvent(new FocusEvent('focus'));
    await vi.waitFor(() => expect(worker.of('contacts.search')).toEqual([{ prefix: '', limit: 1 }]));
    expect(text()).not.toContain('Jane 1');
    for (const typed of ['j', 'ja', 'jan']) {
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await vi.waitFor(() => expect(text()).toContain('Jane 2'));
    expect(worker.of('contacts.search').slice(1)).toEqual([{ prefix: 'jan', limit: 20 }]);
    expect(q('#due-h')).toBeNull();
    button('Show more').click();
    await vi.waitFor(() => expect(text()).toContain('Jane 3'));
    expect(worker.of('contacts.search')[2]).toEqual({ prefix: 'jan', limit: 20, cursor: 'k2' });
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(q('#due-h')).not.toBeNull());
  });

  it('shows the contact card on a LinkedIn profile tab', async () => {
    const DAY = 86_400_000;
    const connectedOn = new Date().setHours(0, 0, 0, 0) - 2 * DAY;
    platform.tab = { id: 7, url: 'https://www.linkedin.com/in/jane-doe/' };
    worker.on('health.get', () => ({ health: { page: 'profile', features: [{ name: 'profile', found: false }], at: 1 } }));
    worker.on('contact.summary', () => ({ contactId: 'c_9', name: 'Jane Doe', headline: 'CTO at Acme', summary: { stage: 'new', connected: true, connectedOn, ageDays: 2, warmTouches: 1, pitchesSent: 0, replies: 0 } }));
    worker.on('contact.detail', () => ({
      contact: { id: 'c_9', stage: 'new', allowListed: false, aliases: ['slug:jane-doe'], created: 1, updated: 1 },
      summary: { stage: 'new', connected: true, warmTouches: 1, pitchesSent: 0, replies: 0 },
      events: [],
      eventCount: 0,
      reminders: [
        { id: 'r1', contactId: 'c_9', kind: 'ask', due: connectedOn + 5 * DAY, status: 'due', stage: 'new' },
        { id: 'r0', contactId: 'c_9', kind: 'thank', due: connectedOn, status: 'done', stage: 'new' },
      ],
    }));
    await mount();
    expect(worker.of('contact.summary')).toEqual([{ contact: { aliases: ['slug:jane-doe'] } }]);
    expect(q('#card-name')?.textContent).toBe('Jane Doe');
    expect(text()).toContain('CTO at Acme');
    expect(text()).toContain('2 days ago');
    expect(q('.pitch-now')?.getAttribute('data-level')).toBe('too-early');
    expect(q('.next-step')?.textContent).toContain('Ask about their work');
    await vi.waitFor(() => expect(q('.health')?.textContent).toContain('doesn’t recognise'));
    expect(worker.of('health.get')).toEqual([{ tabId: 7 }]);
    button('Dashboard').click();
    await vi.waitFor(() => expect(q('#due-h')).not.toBeNull());
  });

  it('shows the card of the person a conversation tab is with (reported by the page)', async () => {
    platform.tab = { id: 9, url: 'https://www.linkedin.com/messaging/thread/2-abc/' };
    worker.on('health.get', () => ({ health: { page: 'messaging', features: [{ name: 'composer', found: true }], at: 1, person: 'slug:jane-doe' } }));
    worker.on('contact.summary', () => ({ contactId: 'c_9', name: 'Jane Doe', summary: { stage: 'new', connected: true, warmTouches: 0, pitchesSent: 0, replies: 0 } }));
    worker.on('contact.detail', () => ({
      contact: { id: 'c_9', stage: 'new', allowListed: false, aliases: ['slug:jane-doe'], created: 1, updated: 1 },
      summary: { stage: 'new', connected: true, warmTouches: 0, pitchesSent: 0, replies: 0 },
      events: [],
      eventCount: 0,
      reminders: [],
    }));
    await mount();
    await vi.waitFor(() => expect(q('#card-name')?.textContent).toBe('Jane Doe'));
    expect(worker.of('contact.summary')).toEqual([{ contact: { aliases: ['slug:jane-doe'] } }]);
    expect(q('.hint')).toBeNull();
  });

  it('says when the LinkedIn host permission was withdrawn, and asks again from the button', async () => {
    platform.access = false;
    platform.grantOnRequest = false;
    await mount();
    await vi.waitFor(() => expect(q('[data-gatekeeper-access="missing"]')).not.toBeNull());
    expect(q('[data-gatekeeper-access]')?.getAttribute('role')).toBe('status');
    expect(text()).toContain('Gatekeeper has no access to LinkedIn');
    expect(q('#due-h')).not.toBeNull(); // the dashboard is still there below it

    button('Allow access to LinkedIn').click();
    await vi.waitFor(() => expect(q('[data-gatekeeper-access="refused"]')).not.toBeNull());
    expect(text()).toContain('Access was not allowed.');

    platform.grantOnRequest = true;
    button('Allow access to LinkedIn').click();
    await vi.waitFor(() => expect(q('[data-gatekeeper-access]')).toBeNull());
    expect(platform.accessRequests).toBe(2);
  });

  it('shows no access notice while the permission is granted', async () => {
    await mount();
    await settle();
    expect(q('[data-gatekeeper-access]')).toBeNull();
  });
});
