// Notifications for due reminders: off by default; the badge always counts what is due.
import { t } from '../ui/i18n.js';
import { useSaver } from './PolicySection.js';
import { SaveStatus } from './SaveStatus.js';
import { Toggle } from './Toggle.js';
import type { SettingsState } from './useSettings.js';

export function NotificationsSection({ state }: { state: SettingsState }) {
  const { saved, save } = useSaver(state);
  const s = state.settings;
  if (!s) return <p class="loading">{t('common_loading')}</p>;
  return (
    <>
      <p class="intro">{t('notif_intro')}</p>
      <Toggle id="notifications" label={t('notif_toggle')} checked={s.notifications} onChange={(notifications) => save({ notifications })} />
      <SaveStatus saved={saved} error={state.error} />
    </>
  );
}
