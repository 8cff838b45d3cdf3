// The running import: one bar over the bytes of the chosen files, counts beside it, Cancel.
import type { JSX } from 'preact';
import { t } from '../../ui/i18n.js';
import { bytes, num } from './numbers.js';
import type { ProgressView } from './progress.js';

interface Props {
  view: ProgressView;
  cancelling: boolean;
  onCancel(): void;
}

export function ImportProgress({ view, cancelling, onCancel }: Props): JSX.Element {
  const current = view.files[view.files.length - 1];
  return (
    <div class="gk-import-progress" data-import-progress>
      <progress max={Math.max(1, view.bytesTotal)} value={view.bytesDone} aria-label={t('import_progress_label')} />
      <p>
        {bytes(view.bytesDone)} / {bytes(view.bytesTotal)}
        {current ? ` · ${t('import_reading', current.name, num(current.rows))}` : ''}
      </p>
      <p data-progress-written>{t('import_written', num(view.written.records), num(view.written.created))}</p>
      {view.files.length > 1 && (
        <ul class="gk-muted">
          {view.files.slice(0, -1).map((f) => (
            <li key={f.name}>{t('import_file_read', f.name, num(f.rows))}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onCancel} disabled={cancelling} data-import-cancel>
        {cancelling ? t('import_cancelling') : t('import_cancel')}
      </button>
    </div>
  );
}
