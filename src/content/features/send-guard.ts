// Send guard: asks once before a too-early (or, by setting, caution) draft goes out. Capture
// listeners on the composer root see Send clicks, Enter / Ctrl+Enter and form submits before
// LinkedIn's handlers do. It fails open: any exception, an unknown verdict or a dead extension
// context lets the event through untouched. It never writes into the draft.
import type { Assessment } from '../../core/types.js';
import { openConfirm, type ConfirmChoice } from '../ui/confirm.js';
import type { DraftSession } from './drafts.js';
import type { FeatureContext } from './types.js';
import { needsConfirm } from './verdict.js';

/** A click and the form submit it causes are one send: record it once. */
const SAME_SEND_MS = 1500;

export const name = 'send-guard';

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  ctx.drafts.each((session) => guard(session, ctx), signal);
}

function guard(session: DraftSession, ctx: FeatureContext): void {
  let lastSent: { text: string; at: number } | undefined;
  let dialog: { close(): void } | undefined;

  const passed = (text: string, verdict: Assessment | undefined): void => {
    const now = ctx.now();
    if (lastSent && lastSent.text === text && now - lastSent.at < SAME_SEND_MS) return;
    lastSent = { text, at: now };
    session.sent(text, verdict);
  };

  const choose = (choice: ConfirmChoice, text: string, verdict: Assessment): void => {
    dialog?.close();
    dialog = undefined;
    if (choice === 'send') {
      // The user's explicit decision: replay LinkedIn's own Send once; the text is confirmed,
      // so this click passes the guard. Without a usable button, their next Send passes.
      const button = session.sendButton();
      if (button && !(button as HTMLButtonElement).disabled) {
        button.click();
        return;
      }
    } else if (choice === 'hold') {
      void session.hold(text, verdict).catch(() => undefined);
    }
    session.editor()?.focus();
  };

  const check = (event: Event): void => {
    try {
      if (!ctx.alive()) return;
      const text = session.read();
      if (text.trim() === '') return;
      if (session.confirmed.has(text)) {
        passed(text, session.verdictFor(text));
        return;
      }
      const verdict = session.verdictFor(text);
      if (!verdict || !needsConfirm(verdict, ctx.settings())) {
        passed(text, verdict);
        return;
      }
      // Asked once: whatever the answer, the next Send of this exact text goes through.
      session.confirmed.add(text);
      dialog?.close();
      dialog = openConfirm(session.dialogParent, { verdict }, (choice) => choose(choice, text, verdict), session.signal);
      // Only block once the question is on screen: a failure above leaves the send alone.
      event.preventDefault();
      event.stopImmediatePropagation();
    } catch {
      // Fail open.
    }
  };

  const onEvent = (e: Event): void => {
    try {
      if (session.isSend(e)) check(e);
    } catch {
      // Fail open.
    }
  };
  for (const type of ['click', 'keydown', 'submit']) session.root.addEventListener(type, onEvent, { capture: true, signal: session.signal });
  session.signal.addEventListener('abort', () => dialog?.close(), { once: true });
}
