// A whole-number setting: typed freely, checked on every keystroke, saved when it is valid and
// the user commits (blur or Enter). An invalid value is shown, explained, and never saved.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n.js';
import { parseCount } from './validation.js';

interface Props {
  id: string;
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}

export function NumberField({ id, label, help, value, min, max, onCommit }: Props) {
  const [raw, setRaw] = useState(String(value));
  useEffect(() => setRaw(String(value)), [value]);
  const invalid = parseCount(raw, min, max) === null;
  // Parse what the input holds now: a change event can arrive before the re-render.
  const commit = (typed: string): void => {
    const parsed = parseCount(typed, min, max);
    if (parsed !== null && parsed !== value) onCommit(parsed);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={raw}
        aria-invalid={invalid}
        aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
        onInput={(e) => setRaw(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      {invalid && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {t('val_integer', min, max)}
        </p>
      )}
    </div>
  );
}
