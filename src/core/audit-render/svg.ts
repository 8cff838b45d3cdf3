// Charts as pure strings of inline SVG: no scripts, no external assets, usable in the CLI's
// HTML page and the options page alike. Text is escaped here, so callers pass raw labels.
import { escapeHtml } from './escape.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar instead of the value (e.g. "42% of 120"). */
  note?: string;
}

export interface BarChartOptions {
  title: string;
  width?: number;
  /** Values are shares 0..1 drawn against 1 instead of against the largest bar. */
  shares?: boolean;
}

const ROW = 26;
const LABEL_W = 170;
const NOTE_W = 110;

/** A horizontal bar chart with labels on the left and values on the right. */
export function barChart(bars: Bar[], { title, width = 560, shares = false }: BarChartOptions): string {
  const top = 28;
  const height = top + bars.length * ROW + 8;
  const barW = width - LABEL_W - NOTE_W;
  const max = shares ? 1 : Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((b, i) => {
      const y = top + i * ROW;
      const w = Math.max(0, Math.round((Math.min(b.value, max) / max) * barW));
      const note = b.note ?? String(b.value);
      return (
        `<text x="${LABEL_W - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect x="${LABEL_W}" y="${y + 4}" width="${w}" height="${ROW - 10}" rx="2" fill="#0a66c2"/>` +
        `<text x="${LABEL_W + w + 6}" y="${y + 16}">${escapeHtml(note)}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" fill="#1d2226">` +
    `<title>${escapeHtml(title)}</title>` +
    `<text x="0" y="16" font-weight="600">${escapeHtml(title)}</text>` +
    rows +
    `</svg>`
  );
}
