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
import { analyzer, loadAnalyzer } from './analyzer.js';
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

  /** Tells the worker the messages not told yet; only those are analysed (reads repeat often). */
  const record = (analyzeDraft: Analyzer, contact: ContactRef, messages: ThreadMessage[], threadId: string | undefined): void => {
    const fresh: Observed[] = [];
    for (const m of messages) {
      const direction = m.direction === 'sent' ? 'sent' : 'received';
      const key = messageKey(direction, m.text, m.at);
      const id = `${contact.aliases[0]}|${key}`;
      if (told.has(id)) continue;
      told.add(id);
      fresh.push({
        kind: direction === 'sent' ? 'message-sent' : 'message-received',
        at: m.at,
        source: 'observed',
        key,
        // Only what I sent can be a pitch; it decides whether it counts as a warm touch.
        ...(direction === 'sent' ? { pitch: analyzeDraft(m.text, { kind: 'message' }).pitch } : {}),
        ...(threadId ? { threadId } : {}),
      });
    }
    for (let i = 0; i < fresh.length; i += MAX_BATCH) {
      void tell('events.record', { contact, events: fresh.slice(i, i + MAX_BATCH) }).then((r) => {
        if (r && r.added > 0) ctx.stored.dispatchEvent(new Event('change'));
      });
    }
  };

  /** Composers the last read found: without one, only an arriving editor needs a read. */
  let composers = 0;
  const read = (): void => {
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
      // Sent messages need the detector (pitch or warm touch): fetched once a thread shows up.
      const analyzeDraft = analyzer();
      if (!analyzeDraft) {
        void loadAnalyzer().then((loaded) => loaded && !signal.aborted && read());
        continue;
      }
      const { contacts, threadId, group } = resolveRecipients(composer, document, location);
      const contact = contacts[0];
      if (!group && contact && contacts.length === 1) {
        record(analyzeDraft, contact, messages, threadId);
        continue;
      }
      // A group: only a received message has one clear person behind it.
      for (const m of messages) {
        if (m.direction === 'sent' || !m.senderAlias) continue;
        record(analyzeDraft, { aliases: [m.senderAlias], ...(m.senderName ? { name: m.senderName } : {}) }, [m], threadId);
      }
    }
    if (seen) ctx.anchors.set(name, true);
  };
  const later = settled(read, 300, 1500, signal);
  onDomChange((added) => (composers || addedAny(added, EDITOR) ? later() : undefined), signal);
  read();
}
