// The audit report as page content: every export-derived string (names, openers) is a text node.
import type { JSX } from 'preact';
import { SMALL_SAMPLE, type AuditReport, type Opener, type ReplyRate } from '../../core/audit.js';
import { t } from '../../ui/i18n.js';
import { num, pct } from '../import/numbers.js';
import { PitchedWithinChart, PitchTimingChart, ReplyRateChart } from './charts.js';

function Openers({ title, list }: { title: string; list: Opener[] }): JSX.Element | null {
  if (list.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <table data-openers>
        <thead>
          <tr>
            <th scope="col">{t('audit_col_opener')}</th>
            <th scope="col">{t('audit_col_times')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((o, i) => (
            <tr key={i}>
              <td>{o.opener}…</td>
              <td class="gk-num">{num(o.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RateRow({ label, rate, what }: { label: string; rate: ReplyRate; what: string }): JSX.Element {
  return (
    <tr data-rate={what}>
      <th scope="row">{label}</th>
      <td class="gk-num">{pct(rate.rate)}</td>
      <td class="gk-num">{t('audit_replied_of', num(rate.replied), num(rate.contacts))}</td>
    </tr>
  );
}

export function AuditReportView({ report }: { report: AuditReport }): JSX.Element {
  const totals = report.totals;
  const { coldPitch, warmPitch, noPitch } = report.replyRates;
  const small = coldPitch.contacts < SMALL_SAMPLE || warmPitch.contacts < SMALL_SAMPLE;
  const inv = report.invitations;
  return (
    <article class="gk-audit" data-audit-report>
      <p>
        {t('audit_as_of', report.asOf)}{' '}
        {t('audit_totals', num(totals.contacts), num(totals.connections), num(totals.messagesSent), num(totals.pitchesSent), num(totals.messagesReceived))}
      </p>
      {report.owner?.name && <p class="gk-muted">{t('import_account', report.owner.name)}</p>}
      {totals.messagesSent === 0 && <p>{t('audit_no_messages')}</p>}

      <h3>{t('audit_first_heading')}</h3>
      <p data-first-share>
        <span class="gk-big">{pct(report.firstMessages.share)}</span>
        {t('audit_first_body', num(report.firstMessages.pitches), num(report.firstMessages.total))}
      </p>

      <h3>{t('audit_within_heading')}</h3>
      <p>{t('audit_within_body', num(report.pitchedAfterConnecting))}</p>
      <PitchedWithinChart report={report} />
      <PitchTimingChart report={report} />

      <h3>{t('audit_replies_heading')}</h3>
      <ReplyRateChart report={report} />
      <table>
        <tbody>
          <RateRow what="cold" label={t('audit_reply_cold')} rate={coldPitch} />
          <RateRow what="warm" label={t('audit_reply_warm')} rate={warmPitch} />
          <RateRow what="none" label={t('audit_reply_none')} rate={noPitch} />
        </tbody>
      </table>
      {small && (
        <p class="gk-caveat" data-caveat>
          {t('audit_caveat', num(coldPitch.contacts), num(warmPitch.contacts), num(SMALL_SAMPLE))}
        </p>
      )}

      <h3>{t('audit_notes_heading')}</h3>
      <p data-notes>{t('audit_notes_body', num(inv.sent), num(inv.withNote), num(inv.notePitches), pct(inv.share))}</p>

      <Openers title={t('audit_openers_messages')} list={report.openers.messages} />
      <Openers title={t('audit_openers_notes')} list={report.openers.notes} />
    </article>
  );
}
