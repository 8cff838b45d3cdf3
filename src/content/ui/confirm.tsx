// The send confirmation: a small modal dialog in our own shadow root, focus-trapped, Esc closes.
// It only reports the user's choice; the send guard acts on it.
import { render } from 'preact';
import type { Assessment } from '../../core/types.js';
import { createHost } from './host.js';
import { strings } from './strings.js';

export type ConfirmChoice = 'send' | 'remove' | 'hold' | 'cancel';

export interface ConfirmInfo {
  verdict: Assessment;
}

/** Shows the dialog inside `parent`; `onChoice` runs once. Returns a handle that closes it. */
export function openConfirm(parent: Element, info: ConfirmInfo, onChoice: (c: ConfirmChoice) => void, signal: AbortSignal): { close(): void } {
  const own = new AbortController();
  const stop = (): void => own.abort();
  signal.addEventListener('abort', stop, { once: true, signal: own.signal });
  const { el, mount } = createHost('confirm', own.signal);
  const previous = document.activeElement;
  let done = false;
  const choose = (c: ConfirmChoice): void => {
    if (done) return;
    done = true;
    stop();
    if (c === 'cancel' && previous instanceof HTMLElement) previous.focus();
    onChoice(c);
  };
  const s = strings();
  const reason = info.verdict.reasons.map((r) => s.reason[r]).find((t) => t !== undefined);
  render(
    <div class="backdrop" onClick={(e) => e.target === e.currentTarget && choose('cancel')}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="gk-t" aria-describedby="gk-d" class="dialog" onKeyDown={(e) => trap(e, choose)}>
        <h2 id="gk-t">{s.confirmTitle}</h2>
        <p id="gk-d">
          {reason}
          {info.verdict.readyOn !== undefined && ` ${s.readyOn(s.day(info.verdict.readyOn))}`}
        </p>
        <p>
          <button type="button" data-choice="remove" class="primary" onClick={() => choose('remove')}>
            {s.remove}
          </button>
          <button type="button" data-choice="hold" onClick={() => choose('hold')}>
            {s.holdLater}
          </button>
          <button type="button" data-choice="send" onClick={() => choose('send')}>
            {s.send}
          </button>
        </p>
      </div>
    </div>,
    mount,
  );
  parent.append(el);
  // The safe choice has focus: a held-down Enter must not send.
  mount.querySelector<HTMLElement>('[data-choice="remove"]')?.focus();
  return {
    close: () => {
      done = true;
      stop();
    },
  };
}

/** Tab cycles inside the dialog; Esc cancels. */
function trap(e: KeyboardEvent, choose: (c: ConfirmChoice) => void): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    choose('cancel');
    return;
  }
  if (e.key !== 'Tab') return;
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
  const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
  const next = (at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
  e.preventDefault();
  buttons[next]?.focus();
}
