// Per-rule mutes: each pitch signal with what it catches. A draft whose only signals are muted
// counts as warm. Rule texts come from _locales by rule id, with the detector's English as the
// fallback for a rule added later; examples stay verbatim (they are what the detector matches).
import { PITCH_RULES, type PitchRuleInfo } from '../core/pitch/rules.js';
import { t, type MessageKey } from '../ui/i18n.js';

function ruleText(rule: PitchRuleInfo, part: 'label' | 'desc'): string {
  const key = `rule_${rule.rule.replace(/-/g, '_')}_${part}`;
  const text = t(key as MessageKey);
  return text === key ? (part === 'label' ? rule.label : rule.description) : text;
}

export function RuleMutes({ muted, onChange }: { muted: readonly string[]; onChange: (muted: string[]) => void }) {
  const set = (rule: string, mute: boolean): void => {
    onChange(mute ? [...muted.filter((r) => r !== rule), rule] : muted.filter((r) => r !== rule));
  };
  return (
    <section class="rules" aria-labelledby="rules-h">
      <h3 id="rules-h">{t('policy_rules')}</h3>
      <p class="help">{t('policy_rules_help')}</p>
      <ul class="rule-list">
        {PITCH_RULES.map((rule) => {
          const id = `mute-${rule.rule}`;
          const label = ruleText(rule, 'label');
          const isMuted = muted.includes(rule.rule);
          return (
            <li key={rule.rule} class={`rule${isMuted ? ' muted' : ''}`} data-rule={rule.rule}>
              <div class="rule-text">
                <h4 id={`${id}-label`}>{label}</h4>
                <p id={`${id}-desc`}>{ruleText(rule, 'desc')}</p>
                <p class="examples">
                  <span>{t('policy_rule_examples')}</span>{' '}
                  {rule.examples.map((ex, i) => (
                    <q key={i} lang="en">
                      {ex}
                    </q>
                  ))}
                </p>
              </div>
              <label class="check mute">
                <input type="checkbox" id={id} checked={isMuted} aria-describedby={`${id}-desc`} onChange={(e) => set(rule.rule, e.currentTarget.checked)} />
                <span>{t('policy_rule_mute')}</span>
                <span class="sr-only">{label}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
