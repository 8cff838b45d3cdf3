// The audit's three charts with localized labels, from the same report data the CLI's HTML
// report draws (core/audit-render/charts.ts).
import type { JSX } from 'preact';
import type { AuditReport } from '../../core/audit.js';
import { t, type MessageKey } from '../../ui/i18n.js';
import { num, pct } from '../import/numbers.js';
import { BarChart } from './BarChart.js';

/** core/audit.ts PITCH_BUCKETS labels → message keys. */
const BUCKET_KEYS: Record<string, MessageKey> = {
  'before connecting': 'audit_bucket_before',
  'same day': 'audit_bucket_same_day',
  '1 day': 'audit_bucket_1',
  '2–6 days': 'audit_bucket_2_6',
  '7–29 days': 'audit_bucket_7_29',
  '30–89 days': 'audit_bucket_30_89',
  '90+ days': 'audit_bucket_90',
  'connection date unknown': 'audit_bucket_unknown',
};

export function withinLabel(days: number): string {
  return days === 0 ? t('audit_within_0') : days === 1 ? t('audit_within_1') : t('audit_within_days', num(days));
}

export function PitchedWithinChart({ report }: { report: AuditReport }): JSX.Element {
  return (
    <BarChart
      title={t('audit_chart_within')}
      shares
      bars={report.pitchedWithin.map((w) => ({ label: withinLabel(w.days), value: w.share ?? 0, note: `${pct(w.share)} (${num(w.count)})` }))}
    />
  );
}

export function PitchTimingChart({ report }: { report: AuditReport }): JSX.Element {
  return (
    <BarChart
      title={t('audit_chart_timing')}
      bars={report.daysToFirstPitch.map((b) => {
        const key = BUCKET_KEYS[b.label];
        return { label: key ? t(key) : b.label, value: b.count, note: num(b.count) };
      })}
    />
  );
}

export function ReplyRateChart({ report }: { report: AuditReport }): JSX.Element {
  const { coldPitch, warmPitch, noPitch } = report.replyRates;
  const bars = (
    [
      ['audit_reply_cold', coldPitch],
      ['audit_reply_warm', warmPitch],
      ['audit_reply_none', noPitch],
    ] as const
  ).map(([key, rate]) => ({ label: t(key), value: rate.rate ?? 0, note: t('audit_rate_of', pct(rate.rate), num(rate.contacts)) }));
  return <BarChart title={t('audit_chart_replies')} shares bars={bars} />;
}
