// "Saved" after a settings change (announced politely), or the error that kept it from saving.
import { Status } from '../ui/components.js';
import { t } from '../ui/i18n.js';

export function SaveStatus({ saved, error }: { saved: boolean; error?: string }) {
  if (error) return <Status tone="error" text={t('options_save_failed', error)} />;
  return <Status tone="ok" text={saved ? t('options_saved') : ''} />;
}
