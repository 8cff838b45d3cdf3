// Due reminders and held pitches, each with its actions: open the conversation (or profile),
// copy the held draft, done, snooze 1/3/7 days.
import { useRef } from 'preact/hooks';
import { ask } from '../client.js';
import type { ReminderView } from '../messages.js';
import { errorText } from '../ui/components.js';
import { formatDay, whenDay } from '../ui/format.js';
import { t } from '../ui/i18n.js';
import { KIND_LABEL } from '../ui/stages.js';
import { copyText, openLinkedIn } from './actions.js';
import { SnoozeMenu } from './SnoozeMenu.js';

export type StatusLine = { text: string; tone: 'ok' | 'error' };

interface Props {
  reminders: ReminderView[];
  now: number;
  variant: 'due' | 'held';
  /** The section heading: it takes focus when the last row is gone. */
  headingId: string;
  onChanged: () => Promise<void>;
  onStatus: (status: StatusLine) => void;
}

type Act = { action: 'done' } | { action: 'snooze'; days: number };

export function ReminderList({ reminders, now, variant, headingId, onChanged, onStatus: setStatus }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  const act = async (r: ReminderView, a: Act): Promise<void> => {
    try {
      const { reminder } = await ask('reminder.act', { reminderId: r.id, ...a });
      setStatus({ text: a.action === 'done' ? t('popup_marked_done') : t('popup_snoozed_until', formatDay(reminder.due, now)), tone: 'ok' });
      await onChanged();
      // The row is gone: keep keyboard focus nearby instead of losing it to <body>.
      (listRef.current?.isConnected ? listRef.current : document.getElementById(headingId))?.focus();
    } catch (error) {
      setStatus({ text: t('common_error', errorText(error)), tone: 'error' });
    }
  };

  const copy = async (draft: string): Promise<void> => {
    try {
      await copyText(draft);
      setStatus({ text: t('popup_copied'), tone: 'ok' });
    } catch {
      setStatus({ text: t('popup_copy_failed'), tone: 'error' });
    }
  };

  return (
      <ul class="rows reminders" ref={listRef} tabIndex={-1} aria-label={t(variant === 'due' ? 'popup_due_heading' : 'popup_held_heading')}>
        {reminders.map((r) => {
          const name = r.contactName ?? t('popup_unknown_name');
          const url = r.threadUrl ?? r.profileUrl;
          const day = variant === 'held' ? t('popup_ready_on', whenDay(r.due, now)) : t('popup_due_on', whenDay(r.due, now));
          return (
            <li class="row reminder" key={r.id} data-reminder-id={r.id}>
              <div class="row-main">
                <div class="row-line">
                  <span class="name">{name}</span>
                  <span class="sub when">{day}</span>
                </div>
                <span class="sub">{t(KIND_LABEL[r.kind])}</span>
                {r.draft && variant === 'held' && (
                  <q class="draft">
                    <span>{r.draft}</span>
                  </q>
                )}
              </div>
              <div class="actions" role="group" aria-label={t('popup_actions_for', name)}>
                {url && (
                  <button type="button" onClick={() => void openLinkedIn(url)}>
                    {t(r.threadUrl ? 'popup_open_conversation' : 'popup_open_profile')}
                  </button>
                )}
                {r.draft && (
                  <button type="button" data-action="copy" onClick={() => void copy(r.draft ?? '')}>
                    {t('popup_copy')}
                  </button>
                )}
                <button type="button" data-action="done" onClick={() => void act(r, { action: 'done' })}>
                  {t('popup_done')}
                </button>
                <SnoozeMenu onSnooze={(days) => void act(r, { action: 'snooze', days })} />
              </div>
            </li>
          );
        })}
      </ul>
  );
}
