// Policy: when a pitch is too early, how many warm touches count, whether cautions ask before
// Send, which languages the detector considers, and per-rule mutes.
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n.js';
import { LanguagesField } from './LanguagesField.js';
import { NumberField } from './NumberField.js';
import { RuleMutes } from './RuleMutes.js';
import { SaveStatus } from './SaveStatus.js';
import { Toggle } from './Toggle.js';
import type { SettingsPatch, SettingsState } from './useSettings.js';
import { LIMITS } from './validation.js';

export function useSaver(state: SettingsState): { saved: boolean; save: (patch: SettingsPatch) => void } {
  const [saved, setSaved] = useState(false);
  return {
    saved,
    save: (patch) => {
      setSaved(false);
      void state.save(patch).then(setSaved);
    },
  };
}

export function PolicySection({ state }: { state: SettingsState }) {
  const { saved, save } = useSaver(state);
  const s = state.settings;
  if (!s) return <p class="loading">{t('common_loading')}</p>;
  return (
    <>
      <p class="intro">{t('policy_intro')}</p>
      <NumberField
        id="min-days"
        label={t('policy_min_days')}
        help={t('policy_min_days_help')}
        value={s.minDaysBeforePitch}
        {...LIMITS.minDaysBeforePitch}
        onCommit={(minDaysBeforePitch) => save({ minDaysBeforePitch })}
      />
      <NumberField
        id="min-touches"
        label={t('policy_min_touches')}
        help={t('policy_min_touches_help')}
        value={s.minWarmTouches}
        {...LIMITS.minWarmTouches}
        onCommit={(minWarmTouches) => save({ minWarmTouches })}
      />
      <Toggle
        id="confirm-caution"
        label={t('policy_confirm_caution')}
        help={t('policy_confirm_caution_help')}
        checked={s.confirmOnCaution}
        onChange={(confirmOnCaution) => save({ confirmOnCaution })}
      />
      <LanguagesField value={s.languages} onChange={(languages) => save({ languages })} />
      <SaveStatus saved={saved} error={state.error} />
      <RuleMutes muted={s.mutedRules} onChange={(mutedRules) => save({ mutedRules })} />
    </>
  );
}
