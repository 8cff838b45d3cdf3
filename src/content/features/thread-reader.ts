// Thread reader: the visible history of each open conversation becomes message events (keyed
// like imports, so the same message is stored once), and tells the composer whether the
// thread already holds messages both ways (the judge's PageContext).
import { messageKey } from '../../core/event-keys.js';
import type { Analyzer } from '../../core/pitch/analyzer.js';
import type { ContactRef } from '../../messages.js';
import { findComposers, resolveRecipients } from '../linkedin/read-composer.js';
import { hasTwoWayHistory, readThread, threadOf, type ThreadMessage } from '../linkedin/read-thread.js';
import { pageLang } from '../linkedin/strings.js';
import { anyOf } from '../linkedin/selectors.js';
import { addedAny, onDomChange } from '../observer.js';
import { loadAnalyzer } from './analyzer.js';
import { settled } from './settle.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'thread-reader';

type Observed = { kind: 'message-sent' | 'message-received'; at: number; source: 'observed'; key: string; pitch?: boolean; threadId?: string };

const MAX_BATCH = 500;

const EDITOR = anyOf('composerEditor');

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  /** Event keys already told to the worker this round (per contact). */
  const told = new Set<string>();

  const record = (contact: ContactRef, events: Observed[]): void => {
    const fresh = events.filter((e) => {
      const id = `${contact.aliases[0]}|${e.key}`;
      if (told.has(id)) return false;
      told.add(id);
      return true;
    });
    for (let i = 0; i < fresh.length; i += MAX_BATCH) {
      void tell('events.record', { contact, events: fresh.slice(i, i + MAX_BATCH) }).then((r) => {
        if (r && r.added > 0) ctx.stored.dispatchEvent(new Event('change'));
      });
    }
  };

  const toEvent = (analyzeDraft: Analyzer, m: ThreadMessage, threadId: string | undefined): Observed => {
    const direction = m.direction === 'sent' ? 'sent' : 'received';
    return {
      kind: direction === 'sent' ? 'message-sent' : 'message-received',
      at: m.at,
      source: 'observed',
      key: messageKey(direction, m.text, m.at),
      // Only what I sent can be a pitch; it decides whether it counts as a warm touch.
      ...(direction === 'sent' ? { pitch: analyzeDraft(m.text, { kind: 'message' }).pitch } : {}),
      ...(threadId ? { threadId } : {}),
    };
  };

  /** Composers the last read found: without one, only an arriving editor needs a read. */
  let composers = 0;
  const read = (analyzeDraft: Analyzer): void => {
    let seen = false;
    const found = findComposers(document);
    composers = found.length;
    for (const composer of found) {
      const pane = threadOf(composer.root);
      if (!pane) continue;
      const messages = readThread(pane, new Date(ctx.now()), pageLang());
      ctx.twoWay.set(composer.root, hasTwoWayHistory(messages));
      if (messages.length === 0) continue;
      seen = true;
      const { contacts, threadId, group } = resolveRecipients(composer, document, location);
      const contact = contacts[0];
      if (!group && contact && contacts.length === 1) {
        record(contact, messages.map((m) => toEvent(analyzeDraft, m, threadId)));
        continue;
      }
      // A group: only a received message has one clear person behind it.
      for (const m of messages) {
        if (m.direction === 'sent' || !m.senderAlias) continue;
        record({ aliases: [m.senderAlias], ...(m.senderName ? { name: m.senderName } : {}) }, [toEvent(analyzeDraft, m, threadId)]);
      }
    }
    if (seen) ctx.anchors.set(name, true);
  };
  // Sent messages need the detector (pitch or warm touch): read once it has arrived.
  void loadAnalyzer().then((analyzeDraft) => {
    if (!analyzeDraft || signal.aborted) return;
    const later = settled(() => read(analyzeDraft), 300, 1500, signal);
    onDomChange((added) => (composers || addedAny(added, EDITOR) ? later() : undefined), signal);
    read(analyzeDraft);
  });
}
