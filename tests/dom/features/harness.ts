// A LinkedIn-like page in happy-dom, the worker replaced by a scripted fake, and the feature
// manager started the way the content script starts it.
import { compileDetector } from '../../../src/core/pitch/engine.js';
import { LEXICONS } from '../../../src/core/pitch/lexicons.js';
import { vi } from 'vitest';
import type { RelationshipSummary, Settings } from '../../../src/core/types.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';
import type { SettingsView } from '../../../src/content/features/settings.js';

export interface Call {
  type: string;
  payload: Record<string, unknown>;
}

export const worker = {
  calls: [] as Call[],
  summary: { stage: 'stranger', connected: false, warmTouches: 0, pitchesSent: 0, replies: 0 } as RelationshipSummary,
  reset(): void {
    this.calls = [];
  },
  of(type: string): Call[] {
    return this.calls.filter((c) => c.type === type);
  },
};

/** What the mocked worker (platform/native `ask`) answers. */
export async function fakeAsk(type: string, payload: Record<string, unknown>): Promise<unknown> {
  worker.calls.push({ type, payload });
  switch (type) {
    case 'contact.summary':
      return { contactId: 'c1', summary: worker.summary };
    case 'events.record':
      return { contactId: 'c1', added: 1 };
    case 'pitch.hold':
      return { reminderId: 'r1' };
    case 'contact.allowList':
      return { contactId: 'c1' };
    case 'contact.observe':
      return { contactId: 'c1', connectedRecorded: false };
    case 'health.report':
      return { stored: true };
    case 'pitch.detector':
      return { detector: compileDetector(LEXICONS) };
    default:
      throw new Error(`unexpected ${type}`);
  }
}

export function fakeSettings(over: Partial<Settings> = {}): SettingsView {
  let current: Settings = { ...DEFAULT_SETTINGS, ...over };
  return {
    current: () => current,
    onChange: () => undefined,
    mute: async (rule) => {
      current = { ...current, mutedRules: [...current.mutedRules, rule] };
    },
  };
}

export function connectedDaysAgo(days: number, replies = 0): RelationshipSummary {
  const d = new Date();
  const connectedOn = new Date(d.getFullYear(), d.getMonth(), d.getDate() - days).getTime();
  return { stage: replies > 0 ? 'warm' : 'new', connected: true, connectedOn, connectedPrecision: 'day', ageDays: days, warmTouches: 0, pitchesSent: 0, replies };
}

export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

/** Messaging page markup (classic `msg-*` classes, as in LINKEDIN.md). The page's own Send handler counts sends. */
export function messagingPage(opts: { classes?: boolean } = {}): { editor: HTMLElement; send: HTMLButtonElement; form: HTMLFormElement; sent: string[] } {
  const msg = opts.classes === false ? 'x-renamed' : 'msg';
  document.body.innerHTML = `
    <main>
      <div class="${msg}-convo-wrapper">
        <a class="${msg}-thread__link-to-profile" href="/in/jane-doe/"><h2 class="${msg}-entity-lockup__entity-title">Jane Doe</h2></a>
        <ul class="${msg}-s-message-list-content"></ul>
        <form class="${msg}-form">
          <div class="${msg}-form__contenteditable" contenteditable="true" ${opts.classes === false ? '' : 'role="textbox"'} aria-label="Write a message…"><p></p></div>
          <button class="${msg}-form__send-button" type="submit" disabled>Send</button>
        </form>
      </div>
    </main>`;
  const form = document.querySelector('form') as HTMLFormElement;
  const editor = form.querySelector('[contenteditable]') as HTMLElement;
  const send = form.querySelector('button') as HTMLButtonElement;
  const sent: string[] = [];
  // LinkedIn's own behaviour: Send enabled by input; submit sends and empties the editor.
  editor.addEventListener('input', () => (send.disabled = (editor.textContent ?? '').trim() === ''));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sent.push(editor.textContent ?? '');
  });
  return { editor, send, form, sent };
}

/** Types like a user would: the text lands in the editor's <p>, then an input event. */
export function typeInto(editor: HTMLElement, text: string): void {
  const p = editor.querySelector('p') ?? editor.appendChild(document.createElement('p'));
  p.textContent = text;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

export const verdictHost = (): HTMLElement | null => document.querySelector('[data-gatekeeper="verdict"]');
export const confirmHost = (): HTMLElement | null => document.querySelector('[data-gatekeeper="confirm"]');

export function confirmButton(choice: 'send' | 'remove' | 'hold'): HTMLButtonElement {
  const b = confirmHost()?.shadowRoot?.querySelector<HTMLButtonElement>(`[data-choice="${choice}"]`);
  if (!b) throw new Error(`no ${choice} button`);
  return b;
}

export const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

export { vi };
