// Connections list: "Connected 2 weeks ago" / "Connected on March 5, 2026" → a connected event
// per person (source observed, with the date's precision). The worker keeps the most precise.
import { connectedKey } from '../../core/event-keys.js';
import { isConnectionsPage } from '../linkedin/pages.js';
import { readConnectionsList } from '../linkedin/read-connections.js';
import { pageLang } from '../linkedin/strings.js';
import { onDomChange } from '../observer.js';
import { settled } from './settle.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'connections-list';

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  if (!isConnectionsPage(location.href)) return;
  const told = new Set<string>();
  // One contact per message: sent one after another so a long list does not flood the worker.
  let queue: Promise<unknown> = Promise.resolve();
  const read = (): void => {
    const rows = readConnectionsList(document, new Date(ctx.now()), pageLang());
    ctx.anchors.set(name, rows.length > 0);
    for (const row of rows) {
      const id = row.aliases.join(',');
      if (told.has(id)) continue;
      told.add(id);
      const payload = {
        contact: { aliases: row.aliases, name: row.name },
        events: [{ kind: 'connected' as const, at: row.connectedOn, source: 'observed' as const, key: connectedKey('list'), precision: row.precision }],
      };
      queue = queue.then(() => (signal.aborted ? undefined : tell('events.record', payload)));
    }
  };
  const later = settled(read, 500, 2000, signal);
  onDomChange(later, signal);
  later();
}
