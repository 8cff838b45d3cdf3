// The dashboard: what is due, held pitches, this week's connections, the pipeline, and search.
// After every action the whole dashboard is asked for again (one round trip), so the list and
// the badge come from the same count.
import { useState } from 'preact/hooks';
import type { DashboardResponse } from '../messages.js';
import { ErrorLine, Status } from '../ui/components.js';
import { t, tn } from '../ui/i18n.js';
import { PipelineChart } from '../ui/PipelineChart.js';
import { FirstRun } from './FirstRun.js';
import { NewConnections } from './NewConnections.js';
import { ReminderList, type StatusLine } from './ReminderList.js';
import { Search } from './Search.js';
import type { Asked } from './useAsk.js';

export function Dashboard({ asked }: { asked: Asked<DashboardResponse> }) {
  const [searching, setSearching] = useState(false);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const { data, error, reload } = asked;
  if (!data) return error ? <ErrorLine error={error} onRetry={() => void reload()} /> : <p class="loading">{t('common_loading')}</p>;
  if (data.totalContacts === 0) return <FirstRun />;
  return (
    <>
      {error && <ErrorLine error={error} onRetry={() => void reload()} />}
      <Search onActive={setSearching} />
      {!searching && (
        <>
          <div class="popup-status">
            <Status text={status?.text ?? ''} tone={status?.tone ?? 'ok'} />
          </div>
          <section aria-labelledby="due-h" class="block">
            <h2 id="due-h" tabIndex={-1}>
              {t('popup_due_heading')} <span class="count" data-due-count={data.dueCount}>{data.dueCount}</span>
            </h2>
            {data.due.length === 0 ? (
              <p class="empty">{t('popup_due_empty')}</p>
            ) : (
              <ReminderList reminders={data.due} now={data.now} onChanged={reload} onStatus={setStatus} variant="due" headingId="due-h" />
            )}
            {data.dueCount > data.due.length && <p class="more-note">{tn('popup_more_due', data.dueCount - data.due.length)}</p>}
          </section>
          <section aria-labelledby="held-h" class="block">
            <h2 id="held-h" tabIndex={-1}>
              {t('popup_held_heading')} <span class="count">{data.heldCount}</span>
            </h2>
            {data.held.length === 0 ? (
              <p class="empty">{t('popup_held_empty')}</p>
            ) : (
              <ReminderList reminders={data.held} now={data.now} onChanged={reload} onStatus={setStatus} variant="held" headingId="held-h" />
            )}
          </section>
          <section aria-labelledby="new-h" class="block">
            <h2 id="new-h">
              {t('popup_new_heading')} <span class="count">{data.newConnectionsCount}</span>
            </h2>
            <NewConnections items={data.newConnections} total={data.newConnectionsCount} now={data.now} />
          </section>
          <section aria-labelledby="pipeline-h" class="block">
            <h2 id="pipeline-h">{t('popup_pipeline_heading')}</h2>
            <PipelineChart pipeline={data.pipeline} titleId="pipeline" />
            <p class="total">{tn('popup_total', data.totalContacts)}</p>
          </section>
        </>
      )}
    </>
  );
}
