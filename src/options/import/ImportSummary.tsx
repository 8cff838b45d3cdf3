// The end of an import: what changed (or that nothing did), per-file results, skipped rows,
// and the way on to the audit.
import type { JSX } from 'preact';
import { FileReports, skippedCount } from './FileReports.js';
import { t } from '../../ui/i18n.js';
import { num } from './numbers.js';
import type { ImportOutcome } from './run-import.js';
import { SkippedRows } from './SkippedRows.js';

export function ImportSummary({ outcome }: { outcome: ImportOutcome }): JSX.Element {
  if (outcome.status !== 'finished') {
    const cancelled = outcome.status === 'cancelled';
    return (
      <section class="gk-summary" data-import-summary={outcome.status} role="status">
        <h3>{t(cancelled ? 'import_cancelled_title' : 'import_failed_title')}</h3>
        <p>{cancelled ? t('import_cancelled_body') : t('import_failed_body', outcome.error)}</p>
        {!outcome.undone && <p>{t('import_undo_pending')}</p>}
      </section>
    );
  }
  const { report, run, rejected } = outcome;
  const skipped = [...report.files.flatMap((f) => f.skipped), ...rejected];
  const skippedTotal = report.files.reduce((n, f) => n + skippedCount(f), 0) + rejected.length;
  const nothingNew = run.added === 0 && run.created === 0;
  return (
    <section class="gk-summary" data-import-summary="finished">
      <h3>{t('import_done_title')}</h3>
      <p role="status" data-import-changes data-created={run.created} data-added={run.added} data-records={run.records}>
        {nothingNew && run.records > 0
          ? t('import_nothing_new', num(run.records))
          : t('import_done_changes', num(run.created), num(run.added), num(run.records))}
      </p>
      {report.owner?.name && <p class="gk-muted">{t('import_account', report.owner.name)}</p>}
      <FileReports report={report} />
      <SkippedRows rows={skipped} total={skippedTotal} />
      {run.records > 0 && (
        <p>
          <a href="#audit" class="gk-button" data-open-audit>
            {t('import_open_audit')}
          </a>
        </p>
      )}
    </section>
  );
}
