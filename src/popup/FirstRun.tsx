// No contacts yet: explain where the history comes from, and take the user to the importer.
import { t } from '../ui/i18n.js';
import { openImport } from './actions.js';

export function FirstRun() {
  return (
    <section class="first-run" aria-labelledby="first-run-h" data-gatekeeper-first-run="">
      <h2 id="first-run-h">{t('popup_firstrun_title')}</h2>
      <p>{t('popup_firstrun_body')}</p>
      <ol class="steps">
        <li>{t('popup_firstrun_step1')}</li>
        <li>{t('popup_firstrun_step2')}</li>
        <li>{t('popup_firstrun_step3')}</li>
      </ol>
      <button type="button" class="primary" onClick={() => void openImport()}>
        {t('popup_firstrun_button')}
      </button>
      <p class="fine">{t('popup_firstrun_private')}</p>
    </section>
  );
}
