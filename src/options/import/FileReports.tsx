// What happened to each file: rows read, records, skipped, and a plain-words error if any.
// Shared with the Audit tab, which reads the same files.
import type { JSX } from 'preact';
import type { ExportReport } from '../../core/linkedin-export/index.js';
import { fileErrorText } from './describe.js';
import { t } from '../../ui/i18n.js';
import { num } from './numbers.js';

export function skippedCount(file: ExportReport['files'][number]): number {
  let n = 0;
  for (const c of Object.values(file.skippedByReason)) n += c ?? 0;
  return n;
}

export function FileReports({ report }: { report: ExportReport }): JSX.Element {
  return (
    <section data-import-files>
      <h3>{t('import_files_heading')}</h3>
      <ul class="gk-files">
        {report.files.map((file, i) => {
          const error = fileErrorText(file);
          return (
            <li key={i} data-file={file.file} data-error={file.error?.code}>
              <strong>{file.file}</strong>{' '}
              <span>{t('import_file_counts', num(file.rows), num(file.records), num(skippedCount(file)))}</span>
              {error && (
                <p class="gk-error" role="alert">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {report.ignored.length > 0 && (
        <details>
          <summary>{t('import_ignored', num(report.ignored.length))}</summary>
          <p class="gk-muted">{report.ignored.join(', ')}</p>
        </details>
      )}
    </section>
  );
}
