// The "Audit" tab: read an export (chosen here, or the files just imported) and show the
// etiquette report with charts; the same report downloads as a self-contained HTML page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { AuditReport } from '../../core/audit.js';
import { renderHtml } from '../../core/audit-render/html.js';
import type { ExportReport } from '../../core/linkedin-export/index.js';
import { downloadText } from '../import/download.js';
import { FilePicker } from '../import/FilePicker.js';
import { FileReports } from '../import/FileReports.js';
import { t } from '../../ui/i18n.js';
import { num } from '../import/numbers.js';
import { frameThrottle } from '../import/progress.js';
import { lastImportFiles, subscribeImport } from '../import/session.js';
import { PANEL_CSS } from '../import/styles.js';
import { AuditReportView } from './AuditReportView.js';
import { runAudit } from './run-audit.js';

type State =
  | { phase: 'idle' }
  | { phase: 'running'; rows: number }
  | { phase: 'done'; report: AuditReport; exported: ExportReport }
  | { phase: 'failed'; error: string };

export function AuditPanel(): JSX.Element {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [last, setLast] = useState<readonly File[]>(lastImportFiles);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => subscribeImport(() => setLast(lastImportFiles())), []);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (files: readonly File[]): Promise<void> => {
    const controller = new AbortController();
    abort.current = controller;
    const rows = new Map<string, number>();
    const frames = frameThrottle(() => {
      let n = 0;
      for (const r of rows.values()) n += r;
      setState((s) => (s.phase === 'running' ? { phase: 'running', rows: n } : s));
    });
    setState({ phase: 'running', rows: 0 });
    try {
      const { report, export: exported } = await runAudit(files, controller.signal, (p) => {
        rows.set(p.file, p.rows);
        frames.request();
      });
      setState({ phase: 'done', report, exported });
    } catch (error) {
      setState(controller.signal.aborted ? { phase: 'idle' } : { phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      frames.cancel();
      abort.current = null;
    }
  };

  const running = state.phase === 'running';
  return (
    <div class="gk-panel" data-audit-state={state.phase}>
      <style>{PANEL_CSS}</style>
      <p>{t('audit_intro')}</p>
      {last.length > 0 && (
        <p>
          <button type="button" disabled={running} onClick={() => void start(last)} data-audit-last>
            {t('audit_use_last', last.map((f) => f.name).join(', '))}
          </button>
        </p>
      )}
      <FilePicker label={t('audit_choose')} disabled={running} onFiles={(files) => void start(files)} />
      {state.phase === 'running' && (
        <p role="status">
          {t('audit_running', num(state.rows))}{' '}
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('import_cancel')}
          </button>
        </p>
      )}
      {state.phase === 'failed' && (
        <p class="gk-error" role="alert">
          {t('audit_failed', state.error)}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          {state.exported.files.some((f) => f.error) && <FileReports report={state.exported} />}
          {state.exported.records > 0 && (
            <>
              <p>
                <button
                  type="button"
                  data-audit-download
                  onClick={() => downloadText(`linkedin-etiquette-audit-${state.report.asOf}.html`, renderHtml(state.report), 'text/html;charset=utf-8')}
                >
                  {t('audit_download')}
                </button>
              </p>
              <AuditReportView report={state.report} />
            </>
          )}
        </>
      )}
    </div>
  );
}
