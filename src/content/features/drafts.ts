// A guarded draft: one composer or invitation note, as the send guard and the card see it.
// The composer and invitation features create sessions; the send guard attaches to each.
import type { Assessment, Channel } from '../../core/types.js';

export interface DraftSession {
  readonly channel: Channel;
  /** Where the guard's capture listeners go (the composer form / the invitation modal). */
  readonly root: Element;
  /** Where a confirmation may be shown without leaving LinkedIn's own focus trap. */
  readonly dialogParent: Element;
  /** Ends when the composer disappears or the round ends. */
  readonly signal: AbortSignal;
  /** Draft texts the user already confirmed: their next Send always passes. */
  readonly confirmed: Set<string>;
  read(): string;
  editor(): HTMLElement | null;
  /** LinkedIn's real Send button, looked up now (LinkedIn re-renders it). */
  sendButton(): HTMLElement | null;
  /** Would this click / keydown / submit send the draft? */
  isSend(event: Event): boolean;
  /** The verdict for exactly this text; undefined when we cannot tell (the send passes). */
  verdictFor(text: string): Assessment | undefined;
  /** LinkedIn's send went ahead with this text. */
  sent(text: string, verdict: Assessment | undefined): void;
  /** "Hold the pitch": stores a reminder; never touches the draft. */
  hold(text: string, verdict: Assessment): Promise<void>;
}

export class DraftRegistry {
  private readonly sessions = new Set<DraftSession>();
  private readonly listeners = new Set<(s: DraftSession) => void>();

  add(session: DraftSession): void {
    if (session.signal.aborted) return;
    this.sessions.add(session);
    session.signal.addEventListener('abort', () => this.sessions.delete(session), { once: true });
    for (const fn of this.listeners) fn(session);
  }

  /** Calls `fn` for every session, present and future, until `signal` aborts. */
  each(fn: (s: DraftSession) => void, signal: AbortSignal): void {
    for (const s of this.sessions) fn(s);
    this.listeners.add(fn);
    signal.addEventListener('abort', () => this.listeners.delete(fn), { once: true });
  }
}
