// One guarded draft end to end: the people it goes to (summaries from the worker), the verdict
// of its current text, the card beside it, and the session the send guard attaches to. The
// composer and invitation features only say where things are on the page.
import { addLocalDays } from '../../core/dates.js';
import type { Analyzer } from '../../core/pitch/analyzer.js';
import type { Channel, PageContext, RelationshipSummary } from '../../core/types.js';
import type { ContactRef } from '../../messages.js';
import type { Phrase } from '../ui/card.js';
import { relationshipLine } from '../ui/relationship.js';
import { strings } from '../ui/strings.js';
import { mountCard } from '../ui/verdict-card.js';
import type { DraftSession } from './drafts.js';
import type { FeatureContext } from './types.js';
import { analyzer, loadAnalyzer } from './analyzer.js';
import { judgeDraft, type Judged } from './verdict.js';
import { tell } from './worker.js';

/** Typing only schedules work; the analysis runs once the user pauses this long. */
export const DEBOUNCE_MS = 150;
/** Coming back to a composer re-reads the relationship, at most this often. */
const FOCUS_REFRESH_MS = 2000;
const MAX_PHRASES = 6;
const MAX_PHRASE_CHARS = 80;

export interface DraftOptions {
  channel: Channel;
  root: Element;
  dialogParent: Element;
  editor(): HTMLElement | null;
  read(): string;
  sendButton(): HTMLElement | null;
  isSend(event: Event): boolean;
  /** Inserts the card host beside the draft (never over LinkedIn's controls). */
  place(host: HTMLElement): void;
  page(): PageContext;
  /** LinkedIn's send went ahead (text may be empty: an invitation without a note). */
  sent(text: string, pitch: boolean, to: readonly ContactRef[]): void;
  threadUrl?: string;
}

export interface DraftHandle {
  /** (Re)load the recipients' summaries; call again when the recipients change. */
  setRecipients(contacts: readonly ContactRef[]): void;
  /** Re-fetch summaries (focus, after a send, storage change). */
  refresh(): void;
  /** Recompute the card now (the thread history or page changed). */
  rerender(): void;
  keepPlaced(): void;
}

interface Participant {
  contact: ContactRef;
  summary: RelationshipSummary;
}

export function startDraft(o: DraftOptions, ctx: FeatureContext, signal: AbortSignal): DraftHandle {
  const s = strings();
  const card = mountCard(o.place, signal);
  let contacts: readonly ContactRef[] = [];
  let participants: Participant[] | undefined;
  let cache: { text: string; judged: Judged } | undefined;
  let notice: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fetches = 0;

  /** Call only when known(): the detector is loaded. */
  const judged = (text: string): Judged => {
    if (cache?.text !== text) {
      const summaries = (participants ?? []).map((p) => p.summary);
      cache = { text, judged: judgeDraft(analyzer() as Analyzer, text, summaries, ctx.settings(), o.channel, o.page(), ctx.now()) };
    }
    return cache.judged;
  };
  // Messages wait for the relationship; an invitation note is judged by its channel alone.
  const known = (): boolean => analyzer() !== undefined && (participants !== undefined || o.channel === 'invitation-note');

  const render = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    try {
      paint();
    } catch {
      // A broken detector or layout leaves the card as it was; the guard fails open on its own.
    }
  };
  const paint = (): void => {
    const text = o.read();
    const j = text.trim() === '' || !known() ? undefined : judged(text);
    const who = j?.summary ?? participants?.[0]?.summary;
    const relationship = who ? relationshipLine(who, s) : undefined;
    if (!j) {
      card.update({ s, level: 'ok', reasons: [], empty: true, phrases: [], ...(relationship ? { relationship } : {}), ...(notice ? { notice } : {}) });
      return;
    }
    const { verdict, analysis } = j;
    const muted = new Set(ctx.settings().mutedRules);
    const phrases: Phrase[] = analysis.signals
      .filter((sig) => !muted.has(sig.rule))
      .slice(0, MAX_PHRASES)
      .map((sig) => ({ text: text.slice(sig.start, sig.end).slice(0, MAX_PHRASE_CHARS), rule: sig.rule, label: sig.label }));
    const contact = contactOf(j);
    const holdUntil = verdict.readyOn ?? addLocalDays(ctx.now(), ctx.settings().minDaysBeforePitch);
    card.update({
      s,
      level: verdict.level,
      reasons: verdict.reasons,
      empty: false,
      phrases,
      ...(verdict.readyOn !== undefined ? { readyOn: verdict.readyOn } : {}),
      ...(relationship ? { relationship } : {}),
      ...(notice ? { notice } : {}),
      ...(contact && verdict.level !== 'ok'
        ? { holdUntil, onHold: () => void hold(text, contact, holdUntil), onAllow: () => void allow(contact) }
        : {}),
      onMute: (rule: string) => void ctx.muteRule(rule).then(() => say(s.muted), () => say(s.failed)),
    });
  };

  const schedule = (delay = DEBOUNCE_MS): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(render, delay);
  };
  const say = (text: string): void => {
    notice = text;
    schedule(0);
  };
  const contactOf = (j: Judged): ContactRef | undefined =>
    participants?.find((p) => p.summary === j.summary)?.contact ?? contacts[0];

  const hold = async (text: string, contact: ContactRef, readyOn: number): Promise<void> => {
    const ok = await tell('pitch.hold', { contact, draft: text, readyOn, ...(o.threadUrl ? { threadUrl: o.threadUrl } : {}) });
    say(ok ? s.held(s.day(readyOn)) : s.failed);
  };
  const allow = async (contact: ContactRef): Promise<void> => {
    const ok = await tell('contact.allowList', { contact, allowListed: true });
    say(ok ? s.allowed : s.failed);
    refresh();
  };

  const refresh = (): void => {
    if (contacts.length === 0) return;
    const mine = ++fetches;
    const asked = contacts;
    void Promise.all(asked.map((contact) => tell('contact.summary', { contact }))).then((answers) => {
      if (mine !== fetches || signal.aborted) return; // a newer fetch is on its way
      const got: Participant[] = [];
      answers.forEach((a, i) => {
        const contact = asked[i];
        if (a && contact) got.push({ contact, summary: a.summary });
      });
      // All failed (worker down): leave the verdict unknown, so the guard lets Sends through.
      if (got.length === 0) return;
      participants = got;
      cache = undefined;
      schedule(0);
    });
  };

  const session: DraftSession = {
    channel: o.channel,
    root: o.root,
    dialogParent: o.dialogParent,
    signal,
    confirmed: new Set(),
    read: o.read,
    editor: o.editor,
    sendButton: o.sendButton,
    isSend: o.isSend,
    verdictFor: (text) => (known() ? judged(text).verdict : undefined),
    sent: (text) => {
      o.sent(text, text.trim() !== '' && analyzer() !== undefined && judged(text).analysis.pitch, contacts);
      notice = undefined;
      // LinkedIn empties the editor after sending without an input event.
      schedule(300);
      setTimeout(refresh, 500);
    },
    hold: async (text, verdict) => {
      const contact = contactOf(judged(text));
      if (contact) await hold(text, contact, verdict.readyOn ?? addLocalDays(ctx.now(), ctx.settings().minDaysBeforePitch));
    },
  };

  // The input handler only (re)schedules: nothing on the typing path is heavier than a timer.
  const editor = o.editor();
  editor?.addEventListener('input', () => schedule(), { signal });
  let fetchedAt = Date.now();
  o.root.addEventListener(
    'focusin',
    () => {
      if (Date.now() - fetchedAt < FOCUS_REFRESH_MS) return;
      fetchedAt = Date.now();
      refresh();
    },
    { signal },
  );
  ctx.stored.addEventListener('change', () => refresh(), { signal });
  ctx.onSettings(() => {
    cache = undefined;
    refresh();
    schedule(0);
  }, signal);
  signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer), { once: true });
  ctx.drafts.add(session);
  render();
  void loadAnalyzer().then((loaded) => {
    if (!loaded || signal.aborted) return;
    cache = undefined;
    schedule(0);
  });

  return {
    setRecipients: (next) => {
      const key = (list: readonly ContactRef[]): string => list.map((c) => c.aliases.join(',')).join(';');
      if (key(next) === key(contacts)) return;
      contacts = next;
      participants = undefined;
      cache = undefined;
      refresh();
    },
    refresh,
    rerender: () => {
      cache = undefined;
      schedule(0);
    },
    keepPlaced: card.keepPlaced,
  };
}
