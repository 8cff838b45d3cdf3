// Starts every feature for the current URL, restarts them all on in-app navigation, and stops
// them for good when the extension context dies. A round's AbortSignal is the only teardown
// path: features hang listeners, cards and observer subscriptions on it.
import { onUrlChange } from './context.js';
import { AnchorBoard } from './features/anchors.js';
import { DraftRegistry } from './features/drafts.js';
import type { SettingsView } from './features/settings.js';
import type { Feature, FeatureContext } from './features/types.js';

export interface ManagerOptions {
  lifetime: AbortSignal;
  settings: SettingsView;
  now?: () => number;
  /** Checks the extension context; on false the manager must already be stopping. */
  alive: () => boolean;
}

export function startManager(features: readonly Feature[], opts: ManagerOptions): void {
  let round: AbortController | undefined;
  const start = (): void => {
    round?.abort();
    if (opts.lifetime.aborted) return;
    const controller = new AbortController();
    round = controller;
    const ctx: FeatureContext = {
      lifetime: opts.lifetime,
      settings: opts.settings.current,
      onSettings: opts.settings.onChange,
      muteRule: opts.settings.mute,
      drafts: new DraftRegistry(),
      twoWay: new WeakMap(),
      anchors: new AnchorBoard(),
      stored: new EventTarget(),
      now: opts.now ?? Date.now,
      alive: opts.alive,
    };
    for (const feature of features) {
      try {
        feature.init(controller.signal, ctx);
      } catch {
        // A broken feature stays off; LinkedIn and the other features carry on.
      }
    }
  };
  opts.lifetime.addEventListener('abort', () => round?.abort(), { once: true });
  onUrlChange(start, opts.lifetime);
  start();
}
