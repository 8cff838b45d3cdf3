// Audit renderers: Markdown (CLI), JSON, a self-contained HTML page, and the SVG charts alone.
import type { AuditReport } from '../audit.js';

export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { barChart, type Bar, type BarChartOptions } from './svg.js';
export { pitchTimingChart, pitchedWithinChart, replyRateChart } from './charts.js';
export { escapeHtml } from './escape.js';

export function renderJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
