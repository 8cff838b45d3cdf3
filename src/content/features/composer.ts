// Composer: every message composer on the page (Messaging page, each chat overlay, a new
// message) gets a draft controller — recipients, verdict, card, guard session — for as long
// as the composer exists.
import { messageKey } from '../../core/event-keys.js';
import { findComposers, isSendTrigger, readComposerText, resolveRecipients, type Composer } from '../linkedin/read-composer.js';
import { isMessagingPage } from '../linkedin/pages.js';
import { onDomChange } from '../observer.js';
import { startDraft, type DraftHandle } from './draft-controller.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'composer';

/** A group message is a touch for each participant; bound the fan-out. */
const MAX_RECIPIENTS = 10;

interface Live {
  composer: Composer;
  draft: DraftHandle;
  stop: AbortController;
  twoWay: boolean | undefined;
  /** Re-reads the recipients (headers render late; overlays switch people). */
  resolve?: () => void;
}

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  const live = new Map<Element, Live>();

  const current = (root: Element): Composer | undefined => findComposers(document).find((c) => c.root === root) ?? live.get(root)?.composer;

  const start = (composer: Composer): void => {
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    const root = composer.root;
    let threadId: string | undefined;
    const draft = startDraft(
      {
        channel: composer.kind === 'inmail' ? 'inmail' : 'message',
        root,
        dialogParent: document.body,
        editor: () => current(root)?.editor ?? null,
        read: () => {
          const editor = live.get(root)?.composer.editor ?? composer.editor;
          return readComposerText(editor);
        },
        sendButton: () => current(root)?.sendButton ?? null,
        isSend: (e) => isSendTrigger(e, live.get(root)?.composer ?? composer),
        // Above the form, inside the overlay bubble: beside the composer, never over Send.
        place: (host) => ((live.get(root)?.composer ?? composer).form ?? root).before(host),
        page: () => {
          const twoWay = ctx.twoWay.get(root);
          return twoWay === undefined ? {} : { visibleTwoWayHistory: twoWay };
        },
        sent: (text, pitch, to) => {
          if (text.trim() === '') return;
          const at = ctx.now();
          const event = { kind: 'message-sent' as const, at, source: 'observed' as const, key: messageKey('sent', text, at), pitch, ...(threadId ? { threadId } : {}) };
          for (const contact of to.slice(0, MAX_RECIPIENTS)) void tell('events.record', { contact, events: [event] });
        },
        get threadUrl() {
          return threadId ? `https://www.linkedin.com/messaging/thread/${encodeURIComponent(threadId)}/` : undefined;
        },
      },
      ctx,
      stop.signal,
    );
    const entry: Live = { composer, draft, stop, twoWay: undefined };
    live.set(root, entry);
    stop.signal.addEventListener('abort', () => live.delete(root), { once: true });
    const resolve = (): void => {
      const r = resolveRecipients(entry.composer, document, location);
      threadId = r.threadId;
      if (r.contacts.length > 0) draft.setRecipients(r.contacts);
    };
    entry.resolve = resolve;
    resolve();
  };

  const scan = (): void => {
    const found = findComposers(document);
    if (isMessagingPage(location.href)) ctx.anchors.set(name, found.length > 0);
    const roots = new Set<Element>(found.map((c) => c.root));
    for (const [root, entry] of live) if (!roots.has(root) || !root.isConnected) entry.stop.abort();
    for (const composer of found) {
      const entry = live.get(composer.root);
      if (!entry) {
        start(composer);
        continue;
      }
      entry.composer = composer;
      entry.draft.keepPlaced();
      entry.resolve?.();
      const twoWay = ctx.twoWay.get(composer.root);
      if (twoWay !== entry.twoWay) {
        entry.twoWay = twoWay;
        entry.draft.rerender();
      }
    }
  };

  onDomChange(scan, signal);
  scan();
}
