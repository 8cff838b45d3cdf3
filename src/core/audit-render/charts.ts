// The audit's charts, built from the report: shared by the HTML page and the options page.
import type { AuditReport } from '../audit.js';
import { percent } from './escape.js';
import { barChart } from './svg.js';

export function pitchTimingChart(report: AuditReport): string {
  return barChart(
    report.daysToFirstPitch.map((b) => ({ label: b.label, value: b.count })),
    { title: 'Days from connecting to the first pitch' },
  );
}

export function pitchedWithinChart(report: AuditReport): string {
  return barChart(
    report.pitchedWithin.map((w) => ({
      label: w.days === 0 ? 'on the day' : `within ${w.days} day${w.days === 1 ? '' : 's'}`,
      value: w.share ?? 0,
      note: `${percent(w.share)} (${w.count})`,
    })),
    { title: 'First pitch soon after connecting', shares: true },
  );
}

export function replyRateChart(report: AuditReport): string {
  const { coldPitch, warmPitch, noPitch } = report.replyRates;
  return barChart(
    [
      { label: 'pitched first', rate: coldPitch },
      { label: 'warmed up, then pitched', rate: warmPitch },
      { label: 'never pitched', rate: noPitch },
    ].map(({ label, rate }) => ({
      label,
      value: rate.rate ?? 0,
      note: `${percent(rate.rate)} of ${rate.contacts}`,
    })),
    { title: 'Reply rate', shares: true },
  );
}
