// The "Import" tab: choose or drop LinkedIn's export, watch it go in, read what changed.
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../../ui/i18n.js';
import { FilePicker } from './FilePicker.js';
import { ImportProgress } from './ImportProgress.js';
import { ImportSummary } from './ImportSummary.js';
import { cancelImport, importState, startImport, subscribeImport } from './session.js';
import { PANEL_CSS } from './styles.js';

export function ImportPanel(): JSX.Element {
  const [state, setState] = useState(importState);
  useEffect(() => {
    setState(importState());
    return subscribeImport(() => setState(importState()));
  }, []);
  return (
    <div class="gk-panel" data-import-state={state.phase === 'done' ? state.outcome.status : state.phase}>
      <style>{PANEL_CSS}</style>
      <p>{t('import_intro')}</p>
      <FilePicker label={t('import_choose')} disabled={state.phase === 'running'} onFiles={(files) => void startImport(files)} />
      {state.phase === 'running' && <ImportProgress view={state.view} cancelling={state.cancelling} onCancel={cancelImport} />}
      {state.phase === 'done' && <ImportSummary outcome={state.outcome} />}
    </div>
  );
}
