// The card's words, from _locales like every other UI string (the browser picks the language).
import { formatLocalDay } from '../../core/dates.js';
import type { Level, ReasonCode } from '../../core/types.js';
import { t, tn, uiLocale, type MessageKey } from '../../ui/i18n.js';

export interface Strings {
  level: Record<Level, string>;
  reason: Partial<Record<ReasonCode, string>>;
  readyOn(day: string): string;
  notConnected: string;
  pending: string;
  connected(days: number | undefined): string;
  noReply: string;
  replies(n: number): string;
  phrases: string;
  hold(day: string): string;
  held(day: string): string;
  allow: string;
  allowed: string;
  mute: string;
  muteLabel(label: string): string;
  muted: string;
  failed: string;
  card: string;
  confirmTitle: string;
  send: string;
  remove: string;
  holdLater: string;
  day(ms: number): string;
}

function day(ms: number): string {
  // English keeps the engine's own day format ("Tue, 10 Mar"), the one its advice uses.
  const locale = uiLocale();
  return locale.startsWith('en') ? formatLocalDay(ms) : new Date(ms).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** Verdict levels and reason codes read as `guard_<group>_<code>` (dashes as underscores). */
function byCode<C extends string>(group: string, codes: readonly C[]): Record<C, string> {
  return Object.fromEntries(codes.map((c) => [c, t(`guard_${group}_${c.replace(/-/g, '_')}` as MessageKey)])) as Record<C, string>;
}

function build(): Strings {
  return {
    level: byCode('level', ['ok', 'caution', 'too-early']),
    reason: byCode('reason', ['not-connected-note', 'too-new', 'warm-up-first', 'unknown-relationship', 'cold-pitch']),
    readyOn: (d) => t('guard_ready_on', d),
    notConnected: t('guard_not_connected'),
    pending: t('guard_pending'),
    connected: (d) =>
      d === undefined ? t('guard_connected_unknown') : d === 0 ? t('guard_connected_today') : d === 1 ? t('guard_connected_yesterday') : t('guard_connected_days', d),
    noReply: t('guard_no_reply'),
    replies: (n) => tn('guard_replies', n),
    phrases: t('guard_phrases'),
    hold: (d) => t('guard_hold', d),
    held: (d) => t('guard_held', d),
    allow: t('guard_allow'),
    allowed: t('guard_allowed'),
    mute: t('guard_mute'),
    muteLabel: (label) => t('guard_mute_label', label),
    muted: t('guard_muted'),
    failed: t('guard_failed'),
    card: t('guard_card'),
    confirmTitle: t('guard_confirm_title'),
    send: t('guard_send'),
    remove: t('guard_remove'),
    holdLater: t('guard_hold_later'),
    day,
  };
}

let cached: Strings | undefined;

/** Built on first use: the UI language does not change under a running page. */
export function strings(): Strings {
  return (cached ??= build());
}
