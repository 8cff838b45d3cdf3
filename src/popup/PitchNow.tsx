// What a pitch sent today would get, from the same policy the inline guard uses: the card can
// say "too early until Tue" before the user writes anything.
import { judge } from '../core/policy.js';
import type { Level, ReasonCode, RelationshipSummary, Settings } from '../core/types.js';
import { formatDay } from '../ui/format.js';
import { t, type MessageKey } from '../ui/i18n.js';

const PITCH = { pitch: true, score: 1, lang: 'und', signals: [] } as const;

const REASON: Partial<Record<ReasonCode, MessageKey>> = {
  'not-connected-note': 'pitch_cold',
  'cold-pitch': 'pitch_cold',
  'too-new': 'pitch_too_new',
  'warm-up-first': 'pitch_warm_up_first',
  'unknown-relationship': 'pitch_unknown',
  'allow-listed': 'pitch_allow_listed',
  'relationship-ok': 'pitch_ok',
};

const LEVEL: Record<Level, MessageKey> = { ok: 'level_ok', caution: 'level_caution', 'too-early': 'level_too_early' };

export function PitchNow({ summary, settings, now }: { summary: RelationshipSummary; settings: Settings; now: number }) {
  const verdict = judge(summary, { ...PITCH, signals: [] }, settings, 'message', {}, now);
  const reason = REASON[verdict.reasons[0] ?? 'relationship-ok'] ?? 'pitch_ok';
  const ready = verdict.readyOn !== undefined ? formatDay(verdict.readyOn, now) : '';
  return (
    <div class="pitch-now" data-level={verdict.level}>
      <h3>{t('card_pitch_now')}</h3>
      <p>
        <span class={`level level-${verdict.level}`}>{t(LEVEL[verdict.level])}</span> {t(reason, ready, settings.minWarmTouches)}
      </p>
    </div>
  );
}
