// "Snooze" discloses three choices (1, 3, 7 days); Esc closes them and returns focus.
import { useRef, useState } from 'preact/hooks';
import { t, tn } from '../ui/i18n.js';

export const SNOOZE_DAYS = [1, 3, 7] as const;

export function SnoozeMenu({ onSnooze }: { onSnooze: (days: number) => void }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <span
      class="snooze"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button type="button" ref={toggle} aria-expanded={open} data-action="snooze" onClick={() => setOpen(!open)}>
        {t('popup_snooze')}
      </button>
      {open && (
        <span class="snooze-choices" role="group" aria-label={t('popup_snooze_for')}>
          {SNOOZE_DAYS.map((d) => (
            <button
              type="button"
              key={d}
              data-snooze-days={d}
              onClick={() => {
                setOpen(false);
                onSnooze(d);
              }}
            >
              {tn('popup_snooze_days', d)}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
