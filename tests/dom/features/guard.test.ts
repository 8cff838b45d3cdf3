import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmButton, confirmHost, connectedDaysAgo, fakeAsk, fakeSettings, messagingPage, setUrl, tick, typeInto, verdictHost, worker } from './harness.js';

vi.mock('../../../src/platform/native.js', () => ({ ask: vi.fn(fakeAsk), contextAlive: () => true }));
// A tiny stand-in detector: "demo" makes a pitch, with its span.
// The content script builds its detector from the lexicons the worker sends.
const analyzeDraft = vi.hoisted(() =>
  vi.fn((text: string) => {
    const at = text.toLowerCase().indexOf('demo');
    return at < 0
      ? { pitch: false, score: 0.1, lang: 'en', signals: [] }
      : { pitch: true, score: 0.9, lang: 'en', signals: [{ start: at, end: at + 4, rule: 'meeting-ask', label: 'asks for a demo' }] };
  }),
);
vi.mock('../../../src/core/pitch/analyzer.js', () => ({ analyzerFromCompiled: () => analyzeDraft }));

const { startManager } = await import('../../../src/content/manager.js');
const composer = await import('../../../src/content/features/composer.js');
const sendGuard = await import('../../../src/content/features/send-guard.js');
const threadReader = await import('../../../src/content/features/thread-reader.js');
const health = await import('../../../src/content/features/health.js');

const PITCH = 'Hi Jane, can I show you a quick demo of our tool?';
const WARM = 'Thanks for connecting, Jane! Loved your post on onboarding.';

let life: AbortController;

function start(settings = fakeSettings()): void {
  life = new AbortController();
  startManager([threadReader, composer, sendGuard, health], { lifetime: life.signal, settings, alive: () => true });
}

async function ready(): Promise<void> {
  await vi.waitFor(() => expect(verdictHost()).not.toBeNull());
  await vi.waitFor(() => expect(worker.of('contact.summary').length).toBeGreaterThan(0));
  await tick(10);
}

/** Types, then waits past the debounce for the card to show `level`. */
async function draft(editor: HTMLElement, text: string, level: string): Promise<void> {
  typeInto(editor, text);
  await vi.waitFor(() => expect(verdictHost()?.getAttribute('data-level')).toBe(level), { timeout: 1000 });
}

beforeEach(() => {
  setUrl('https://www.linkedin.com/messaging/thread/2-abc/');
  worker.reset();
  worker.summary = connectedDaysAgo(1);
});
afterEach(() => {
  life.abort();
  document.body.innerHTML = '';
  vi.mocked(analyzeDraft).mockClear();
});

describe('send guard', () => {
  it('lets an ok draft through and records the send as a warm touch', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, WARM, 'ok');
    page.send.click();
    expect(page.sent).toEqual([WARM]);
    expect(confirmHost()).toBeNull();
    const rec = worker.of('events.record')[0]?.payload as { events: { kind: string; pitch: boolean; threadId: string }[] };
    expect(rec.events[0]).toMatchObject({ kind: 'message-sent', pitch: false, threadId: '2-abc' });
  });

  it('holds a too-early pitch, asks, and "Send anyway" runs the page\'s own send exactly once', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, PITCH, 'too-early');
    const before = page.editor.innerHTML;
    page.send.click();
    expect(page.sent).toEqual([]);
    expect(confirmHost()).not.toBeNull();
    expect(confirmHost()?.shadowRoot?.querySelector('[role="alertdialog"]')).not.toBeNull();
    confirmButton('send').click();
    expect(page.sent).toEqual([PITCH]);
    expect(confirmHost()).toBeNull();
    expect(page.editor.innerHTML).toBe(before);
    const rec = worker.of('events.record')[0]?.payload as { events: { pitch: boolean }[] };
    expect(rec.events[0]?.pitch).toBe(true);
  });

  it('holds Enter too, and the second Send of the same draft always passes', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, PITCH, 'too-early');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    page.editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(confirmHost()).not.toBeNull();
    // Esc closes the question without sending.
    confirmHost()?.shadowRoot?.querySelector('[role="alertdialog"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(confirmHost()).toBeNull();
    expect(page.sent).toEqual([]);
    page.send.click();
    expect(page.sent).toEqual([PITCH]);
  });

  it('"Remove the pitch" and "Hold" never change the draft; hold stores a reminder for the ready day', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, PITCH, 'too-early');
    const before = page.editor.innerHTML;
    page.send.click();
    confirmButton('remove').click();
    expect(page.editor.innerHTML).toBe(before);
    expect(page.sent).toEqual([]);
    await draft(page.editor, `${PITCH} `, 'too-early');
    page.send.click();
    confirmButton('hold').click();
    await vi.waitFor(() => expect(worker.of('pitch.hold')).toHaveLength(1));
    const hold = worker.of('pitch.hold')[0]?.payload as { draft: string; readyOn: number };
    expect(hold.draft).toBe(`${PITCH} `);
    const on = new Date(worker.summary.connectedOn!);
    expect(hold.readyOn).toBe(new Date(on.getFullYear(), on.getMonth(), on.getDate() + 7).getTime());
    expect(page.sent).toEqual([]);
    expect(page.editor.innerHTML).toBe(`<p>${PITCH} </p>`);
  });

  it('fails open: an exception inside the guard lets the send through', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, PITCH, 'too-early');
    const real = vi.mocked(analyzeDraft).getMockImplementation();
    vi.mocked(analyzeDraft).mockImplementation(() => {
      throw new Error('detector broke');
    });
    typeInto(page.editor, `${PITCH}!`);
    page.send.click();
    vi.mocked(analyzeDraft).mockImplementation(real!);
    expect(page.sent).toEqual([`${PITCH}!`]);
    expect(confirmHost()).toBeNull();
  });

  it('passes every send while the relationship is still unknown (worker not answering)', async () => {
    const { ask } = await import('../../../src/platform/native.js');
    vi.mocked(ask).mockImplementation(() => new Promise(() => undefined));
    const page = messagingPage();
    start();
    await vi.waitFor(() => expect(verdictHost()).not.toBeNull());
    typeInto(page.editor, PITCH);
    page.send.click();
    expect(page.sent).toEqual([PITCH]);
    vi.mocked(ask).mockImplementation(fakeAsk as never);
  });
});

describe('the card', () => {
  it('sits beside the composer in an open shadow root with data-level, and shows the ready day', async () => {
    const page = messagingPage();
    start();
    await ready();
    const host = verdictHost()!;
    expect(host.shadowRoot).not.toBeNull();
    expect(host.getAttribute('data-level')).toBe('ok');
    expect(host.nextElementSibling).toBe(page.form); // before the form, not inside or over it
    await draft(page.editor, PITCH, 'too-early');
    const text = host.shadowRoot!.textContent ?? '';
    expect(text).toContain('Too early to pitch');
    expect(text).toContain('Connected yesterday · no reply yet');
    expect(text).toMatch(/Fine to pitch from \w{3}, \d{1,2} \w{3}/);
    expect(host.shadowRoot!.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('renders hostile page text as text, never as HTML', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, 'x <img src=x onerror="window.pwned=1">demo</b>', 'too-early');
    const root = verdictHost()!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('q')?.textContent).toBe('demo');
    await draft(page.editor, '<img src=x onerror="window.pwned=1"> demo', 'too-early');
    expect(root.querySelector('img')).toBeNull();
  });

  it('stays quiet for warm drafts: level ok, no phrases, no actions', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, WARM, 'ok');
    expect(verdictHost()!.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
  });

  it('"I know this person" allow-lists the contact; "Mute this rule" mutes it', async () => {
    const page = messagingPage();
    const settings = fakeSettings();
    start(settings);
    await ready();
    await draft(page.editor, PITCH, 'too-early');
    const buttons = (): HTMLButtonElement[] => [...verdictHost()!.shadowRoot!.querySelectorAll('button')];
    buttons().find((b) => b.textContent === 'I know this person')!.click();
    await vi.waitFor(() => expect(worker.of('contact.allowList')).toHaveLength(1));
    expect(worker.of('contact.allowList')[0]?.payload).toMatchObject({ contact: { aliases: ['slug:jane-doe'] }, allowListed: true });
    buttons().find((b) => b.textContent === 'Mute this rule')!.click();
    await vi.waitFor(() => expect(settings.current().mutedRules).toEqual(['meeting-ask']));
  });
});

describe('lifecycle and health', () => {
  it('on context invalidation removes cards and listeners: LinkedIn sends as without us', async () => {
    const page = messagingPage();
    start();
    await ready();
    await draft(page.editor, PITCH, 'too-early');
    life.abort();
    expect(verdictHost()).toBeNull();
    page.send.click();
    expect(page.sent).toEqual([PITCH]);
    expect(confirmHost()).toBeNull();
  });

  it('reports who the open conversation is with, for the popup’s contact card', async () => {
    messagingPage();
    start();
    await vi.waitFor(() => expect(worker.of('health.report').length).toBeGreaterThan(0), { timeout: 4000 });
    const report = worker.of('health.report').at(-1)?.payload as { page: string; person?: string };
    expect(report.page).toBe('messaging');
    expect(report.person).toBe('slug:jane-doe');
  });

  it('with mutated markup does nothing and reports the composer as not found', async () => {
    const page = messagingPage({ classes: false });
    start();
    await vi.waitFor(() => expect(worker.of('health.report').length).toBeGreaterThan(0), { timeout: 4000 });
    expect(verdictHost()).toBeNull();
    const report = worker.of('health.report').at(-1)?.payload as { page: string; features: { name: string; found: boolean }[] };
    expect(report.page).toBe('messaging');
    expect(report.features.find((f) => f.name === 'composer')?.found).toBe(false);
    typeInto(page.editor, PITCH);
    page.send.disabled = false;
    page.send.click();
    expect(page.sent).toEqual([PITCH]);
  });
});
