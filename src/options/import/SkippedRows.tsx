// Rows the import left out: the first few with their row numbers and reasons, all on request,
// and the whole list as a CSV download.
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { downloadText, toCsv } from './download.js';
import { skipReasonText } from './describe.js';
import { t } from '../../ui/i18n.js';
import { num } from './numbers.js';
import type { ListedSkip } from './records.js';

export const FIRST_SHOWN = 20;

interface Props {
  rows: ListedSkip[];
  /** Skipped in total: more than `rows` when the parser stopped listing (1,000 per file). */
  total: number;
}

export function SkippedRows({ rows, total }: Props): JSX.Element | null {
  const [all, setAll] = useState(false);
  if (total === 0) return null;
  const shown = all ? rows : rows.slice(0, FIRST_SHOWN);
  const download = (): void =>
    downloadText(
      'gatekeeper-skipped-rows.csv',
      toCsv(
        [t('import_col_file'), t('import_col_row'), t('import_col_reason')],
        rows.map((r) => [r.file, r.row, skipReasonText(r.reason)]),
      ),
      'text/csv;charset=utf-8',
    );
  return (
    <section data-import-skipped>
      <h3>{t('import_skipped_heading', num(total))}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('import_col_file')}</th>
            <th scope="col">{t('import_col_row')}</th>
            <th scope="col">{t('import_col_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              <td>{r.file}</td>
              <td class="gk-num">{num(r.row)}</td>
              <td>{skipReasonText(r.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p class="gk-muted">{t('import_skipped_more', num(rows.length))}</p>}
      <p class="gk-actions">
        {rows.length > FIRST_SHOWN && (
          <button type="button" onClick={() => setAll(!all)} aria-expanded={all} data-skipped-toggle>
            {all ? t('import_show_fewer') : t('import_show_all', num(rows.length))}
          </button>
        )}
        <button type="button" onClick={download} data-skipped-download>
          {t('import_download_skipped')}
        </button>
      </p>
    </section>
  );
}
