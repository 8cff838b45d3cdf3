// The warm-up cadence: which nudge comes on which day after connecting. Edited as a draft
// (add, remove, reorder, change) and saved as a whole once it is valid.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type CadenceKind, type CadenceStep } from '../core/types.js';
import { t } from '../ui/i18n.js';
import { KIND_LABEL } from '../ui/stages.js';
import { useSaver } from './PolicySection.js';
import { SaveStatus } from './SaveStatus.js';
import type { SettingsState } from './useSettings.js';
import { CADENCE_KINDS, checkCadence, LIMITS, move, type CadenceProblem, type DraftStep } from './validation.js';

const toDraft = (steps: readonly CadenceStep[]): DraftStep[] => steps.map((s) => ({ day: String(s.day), kind: s.kind }));

function problemText(p: CadenceProblem): string {
  if (p.kind === 'too-many') return t('cadence_err_max', LIMITS.cadenceSteps);
  if (p.kind === 'order') return t('cadence_err_order', p.index + 1);
  return t('cadence_err_day', p.index + 1, LIMITS.cadenceDay.min, LIMITS.cadenceDay.max);
}

export function CadenceSection({ state }: { state: SettingsState }) {
  const stored = state.settings?.cadence;
  const [steps, setSteps] = useState<DraftStep[]>(() => toDraft(stored ?? []));
  const { saved, save } = useSaver(state);
  useEffect(() => {
    if (stored) setSteps(toDraft(stored));
  }, [JSON.stringify(stored)]);
  if (!stored) return <p class="loading">{t('common_loading')}</p>;

  const checked = checkCadence(steps);
  const problem = 'problem' in checked ? checked.problem : null;
  const dirty = JSON.stringify(toDraft(stored)) !== JSON.stringify(steps);
  const update = (i: number, patch: Partial<DraftStep>): void => setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const add = (): void => {
    const last = Number(steps[steps.length - 1]?.day ?? -2);
    setSteps([...steps, { day: String(Number.isFinite(last) ? Math.min(LIMITS.cadenceDay.max, last + 2) : 0), kind: 'engage' }]);
  };

  return (
    <>
      <p class="intro">{t('cadence_intro')}</p>
      <ol class="cadence" aria-describedby={problem ? 'cadence-error' : undefined}>
        {steps.map((s, i) => {
          const n = i + 1;
          const bad = problem !== null && problem.kind !== 'too-many' && problem.index === i;
          return (
            <li key={i} class="cadence-step">
              <span class="step-n" aria-hidden="true">
                {n}
              </span>
              <label class="inline">
                <span>{t('cadence_day')}</span>
                <input
                  type="number"
                  min={LIMITS.cadenceDay.min}
                  max={LIMITS.cadenceDay.max}
                  step={1}
                  value={s.day}
                  aria-label={t('cadence_day_of', n)}
                  aria-invalid={bad}
                  onInput={(e) => update(i, { day: e.currentTarget.value })}
                />
              </label>
              <select aria-label={t('cadence_kind_of', n)} value={s.kind} onChange={(e) => update(i, { kind: e.currentTarget.value as CadenceKind })}>
                {CADENCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(KIND_LABEL[k])}
                  </option>
                ))}
              </select>
              <span class="step-buttons">
                <button type="button" class="icon" aria-label={t('cadence_move_up', n)} title={t('cadence_move_up', n)} disabled={i === 0} onClick={() => setSteps(move(steps, i, -1))}>
                  ↑
                </button>
                <button type="button" class="icon" aria-label={t('cadence_move_down', n)} title={t('cadence_move_down', n)} disabled={i === steps.length - 1} onClick={() => setSteps(move(steps, i, 1))}>
                  ↓
                </button>
                <button type="button" class="icon" aria-label={t('cadence_remove', n)} title={t('cadence_remove', n)} onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {steps.length === 0 && <p class="empty">{t('cadence_empty')}</p>}
      {problem && (
        <p class="field-error" id="cadence-error" role="alert">
          {problemText(problem)}
        </p>
      )}
      <div class="button-row">
        <button type="button" onClick={add} disabled={steps.length >= LIMITS.cadenceSteps}>
          {t('cadence_add')}
        </button>
        <button type="button" onClick={() => setSteps(toDraft(DEFAULT_SETTINGS.cadence))}>
          {t('cadence_reset')}
        </button>
        <button type="button" class="primary" disabled={!dirty || problem !== null} onClick={() => 'steps' in checked && save({ cadence: checked.steps })}>
          {t('cadence_save')}
        </button>
      </div>
      {dirty && !problem && <p class="help">{t('cadence_unsaved')}</p>}
      <SaveStatus saved={saved && !dirty} error={state.error} />
    </>
  );
}
