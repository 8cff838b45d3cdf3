// What Gatekeeper keeps, where, and what it never does.
import { t, type MessageKey } from '../ui/i18n.js';

const STORED: readonly MessageKey[] = ['privacy_stored_contacts', 'privacy_stored_facts', 'privacy_stored_reminders', 'privacy_stored_settings'];

export function PrivacySection() {
  return (
    <div class="prose">
      <p class="lead">{t('privacy_lead')}</p>
      <h3>{t('privacy_stored_h')}</h3>
      <ul>
        {STORED.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h3>{t('privacy_never_h')}</h3>
      <ul>
        <li>{t('privacy_never_network')}</li>
        <li>{t('privacy_never_telemetry')}</li>
        <li>{t('privacy_never_act')}</li>
        <li>{t('privacy_never_bodies')}</li>
      </ul>
      <h3>{t('privacy_control_h')}</h3>
      <p>{t('privacy_control')}</p>
    </div>
  );
}
