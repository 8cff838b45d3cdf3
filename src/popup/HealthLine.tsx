// "LinkedIn's layout is not recognised here": the content script's last health report for this
// tab says an anchor it needs was not found (or it is a page we do not cover).
import type { HealthReport } from '../messages.js';
import { t } from '../ui/i18n.js';

export function unrecognised(health: HealthReport | null): boolean {
  return !!health && (health.page === 'sales-navigator' || health.features.some((f) => !f.found));
}

export function HealthLine({ health }: { health: HealthReport | null }) {
  if (!unrecognised(health)) return null;
  return (
    <p class="health" role="status">
      <span class="health-dot" aria-hidden="true" />
      {t('popup_health')}
    </p>
  );
}
