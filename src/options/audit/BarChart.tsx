// A horizontal bar chart as Preact SVG elements: the same layout as core/audit-render/svg.ts,
// but labels are text nodes (never markup) and the colours follow the page theme.
import type { JSX } from 'preact';

export interface ChartBar {
  label: string;
  value: number;
  /** Shown after the bar instead of the value. */
  note?: string;
}

interface Props {
  title: string;
  bars: ChartBar[];
  /** Values are shares 0..1 drawn against 1, not against the largest bar. */
  shares?: boolean;
  width?: number;
}

const ROW = 26;
const LABEL_W = 190;
const NOTE_W = 110;
const TOP = 28;

export function BarChart({ title, bars, shares = false, width = 600 }: Props): JSX.Element {
  const height = TOP + bars.length * ROW + 8;
  const barW = width - LABEL_W - NOTE_W;
  const max = shares ? 1 : Math.max(1, ...bars.map((b) => b.value));
  // The picture is one image to assistive tech; its name carries every figure.
  const spoken = `${title}: ${bars.map((b) => `${b.label} ${b.note ?? b.value}`).join('; ')}`;
  return (
    <svg class="gk-chart" role="img" aria-label={spoken} width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-chart>
      <title>{title}</title>
      <text class="gk-chart__title" x={0} y={16}>
        {title}
      </text>
      {bars.map((b, i) => {
        const y = TOP + i * ROW;
        const w = Math.max(0, Math.round((Math.min(b.value, max) / max) * barW));
        return (
          <g key={i}>
            <text x={LABEL_W - 8} y={y + 16} text-anchor="end">
              {b.label}
            </text>
            <rect class="gk-chart__bar" x={LABEL_W} y={y + 4} width={w} height={ROW - 10} rx={2} />
            <text x={LABEL_W + w + 6} y={y + 16}>
              {b.note ?? String(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
