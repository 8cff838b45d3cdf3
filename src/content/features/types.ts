// What every feature receives besides its AbortSignal: the page-wide services of one round
// (one round = one URL; the manager starts a new round on in-app navigation).
import type { Settings } from '../../core/types.js';
import type { AnchorBoard } from './anchors.js';
import type { DraftRegistry } from './drafts.js';

export interface FeatureContext {
  /** Ends when the extension context is invalidated; outlives navigation rounds. */
  readonly lifetime: AbortSignal;
  settings(): Settings;
  /** Calls `fn` after settings change (another tab, the options page, "Mute this rule"). */
  onSettings(fn: (s: Settings) => void, signal: AbortSignal): void;
  /** "Mute this rule": adds a rule id to settings.mutedRules. */
  muteRule(rule: string): Promise<void>;
  /** Every guarded draft of this round (composers, invitation notes); the send guard attaches to them. */
  readonly drafts: DraftRegistry;
  /** Per composer root: its visible thread holds messages both ways (written by the thread reader). */
  readonly twoWay: WeakMap<Element, boolean>;
  /** A feature stored new facts about someone: open drafts re-read their relationships. */
  readonly stored: EventTarget;
  /** Whether each feature found its anchors on this page (the health feature reports them). */
  readonly anchors: AnchorBoard;
  now(): number;
  /** False once the extension context is gone (then everything stops and every event passes). */
  alive(): boolean;
}

export interface Feature {
  readonly name: string;
  init(signal: AbortSignal, ctx: FeatureContext): void;
}
