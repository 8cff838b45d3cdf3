import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmButton, confirmHost, fakeAsk, fakeSettings, setUrl, verdictHost, worker } from './harness.js';

vi.mock('../../../src/platform/native.js', () => ({ ask: vi.fn(fakeAsk), contextAlive: () => true }));
// The content script builds its detector from the lexicons the worker sends.
vi.mock('../../../src/core/pitch/analyzer.js', () => ({
  analyzerFromCompiled: () => (text: string) =>
    text.includes('demo')
      ? { pitch: true, score: 0.9, lang: 'en', signals: [{ start: text.indexOf('demo'), end: text.indexOf('demo') + 4, rule: 'meeting-ask', label: 'asks for a demo' }] }
      : { pitch: false, score: 0.1, lang: 'en', signals: [] },
}));

const { startManager } = await import('../../../src/content/manager.js');
const invitation = await import('../../../src/content/features/invitation.js');
const sendGuard = await import('../../../src/content/features/send-guard.js');

/** The fixture's markup without its script; the page's own Send is a counting listener. */
function load(name: string): { box: HTMLTextAreaElement; send: HTMLButtonElement; sends: string[] } {
  const html = readFileSync(join(__dirname, '../../fixtures/linkedin', `${name}.html`), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  const box = document.querySelector('textarea') as HTMLTextAreaElement;
  const send = document.querySelector('button[aria-label="Send invitation"]') as HTMLButtonElement;
  const sends: string[] = [];
  send.addEventListener('click', () => sends.push(box.value));
  return { box, send, sends };
}

let life: AbortController;
beforeEach(() => {
  setUrl('https://www.linkedin.com/in/jane-doe/');
  worker.reset();
  life = new AbortController();
});
afterEach(() => life.abort());

describe('invitation note', () => {
  it('judges the note as typed, holds a pitched Send, and "Send anyway" sends it once', async () => {
    const page = load('invite-modal-note-en');
    startManager([invitation, sendGuard], { lifetime: life.signal, settings: fakeSettings(), alive: () => true });
    await vi.waitFor(() => expect(verdictHost()).not.toBeNull());
    expect(verdictHost()?.previousElementSibling).toBe(page.box); // beside the note box, not over Send
    page.box.value = 'Hi Zoë, happy to demo our tool for your team.';
    page.box.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(verdictHost()?.getAttribute('data-level')).toBe('too-early'));
    page.send.click();
    expect(page.sends).toEqual([]);
    expect(confirmHost()?.closest('[role="dialog"], .artdeco-modal')).not.toBeNull(); // inside LinkedIn's modal focus trap
    confirmButton('send').click();
    expect(page.sends).toEqual(['Hi Zoë, happy to demo our tool for your team.']);
    expect(page.box.value).toBe('Hi Zoë, happy to demo our tool for your team.');
  });

  it('renders the hostile invitee name nowhere as HTML and lets a warm note through untouched', async () => {
    const page = load('invite-modal-note-en');
    startManager([invitation, sendGuard], { lifetime: life.signal, settings: fakeSettings(), alive: () => true });
    await vi.waitFor(() => expect(verdictHost()).not.toBeNull());
    page.box.value = 'Hi Zoë, enjoyed your talk on onboarding!';
    page.box.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(verdictHost()?.getAttribute('data-level')).toBe('ok'));
    page.send.click();
    expect(page.sends).toHaveLength(1);
    expect(confirmHost()).toBeNull();
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });
});
