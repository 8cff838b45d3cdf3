// Composer: every message composer on the page (Messaging page, each chat overlay, a new
// message) gets a draft controller — recipients, verdict, card, guard session — for as long
// as the composer exists.
import { messageKey } from '../../core/event-keys.js';
import { findComposers, isSendTrigger, readComposerText, resolveRecipients, type Composer } from '../linkedin/read-composer.js';
import { isMessagingPage } from '../linkedin/pages.js';
import { anyOf } from '../linkedin/selectors.js';
import { addedAny, onDomChange } from '../observer.js';
import { startDraft, type DraftHandle } from './draft-controller.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'composer';

/** A group message is a touch for each participant; bound the fan-out. */
const MAX_RECIPIENTS = 10;

const EDITOR = anyOf('composerEditor');

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

  /** The composer as `root` now holds it: composers live inside their root, so no document search. */
  const inRoot = (root: Element): Composer | undefined => (root.isConnected ? findComposers(root).find((c) => c.root === root) : undefined);
  const current = (root: Element): Composer | undefined => inRoot(root) ?? live.get(root)?.composer;

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

  const update = (composer: Composer, entry: Live): void => {
    entry.composer = composer;
    entry.draft.keepPlaced();
    entry.resolve?.();
    const twoWay = ctx.twoWay.get(composer.root);
    if (twoWay !== entry.twoWay) {
      entry.twoWay = twoWay;
      entry.draft.rerender();
    }
  };

  const scan = (): void => {
    const found = findComposers(document);
    if (isMessagingPage(location.href)) ctx.anchors.set(name, found.length > 0);
    const roots = new Set<Element>(found.map((c) => c.root));
    for (const [root, entry] of live) if (!roots.has(root)) entry.stop.abort();
    for (const composer of found) {
      const entry = live.get(composer.root);
      if (entry) update(composer, entry);
      else start(composer);
    }
  };

  // Overlays open on any page, so this runs everywhere: a batch costs one `matches` and one
  // `querySelector` per added element; the whole document is searched only when an editor arrives
  // or a live composer lost its editor. Live composers are re-read within their own root.
  const onBatch = (added: readonly Element[]): void => {
    if (addedAny(added, EDITOR)) return scan();
    for (const [root, entry] of live) {
      const composer = inRoot(root);
      if (!composer) return scan();
      update(composer, entry);
    }
  };

  onDomChange(onBatch, signal);
  scan();
}
