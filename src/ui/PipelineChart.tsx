// The warm-up pipeline as an SVG bar chart. The SVG is one image to assistive technology
// (role="img" with its text alternative); the visible legend carries the same numbers as text.
import type { Stage } from '../core/types.js';
import { t } from './i18n.js';
import { STAGE_LABEL, STAGES } from './stages.js';

const W = 340;
const H = 96;
const BAR_H = 64;
const GAP = 10;

export function PipelineChart({ pipeline, titleId }: { pipeline: Record<Stage, number>; titleId: string }) {
  const max = Math.max(1, ...STAGES.map((s) => pipeline[s]));
  const barW = (W - GAP * (STAGES.length - 1)) / STAGES.length;
  const nf = new Intl.NumberFormat();
  const alt = t('pipeline_alt', ...STAGES.map((s) => nf.format(pipeline[s])));
  return (
    <figure class="pipeline">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${titleId}-svg`} focusable="false">
        <title id={`${titleId}-svg`}>{alt}</title>
        {STAGES.map((s, i) => {
          const h = pipeline[s] === 0 ? 2 : Math.max(4, (pipeline[s] / max) * BAR_H);
          const x = i * (barW + GAP);
          return (
            <g key={s} class={`bar stage-${s}`}>
              <rect x={x} y={BAR_H + 16 - h} width={barW} height={h} rx="3" />
              <text x={x + barW / 2} y={BAR_H + 12 - h} text-anchor="middle" class="bar-value">
                {nf.format(pipeline[s])}
              </text>
              {i < STAGES.length - 1 && <path d={`M${x + barW + 2} ${H - 6} l${GAP - 4} 0`} class="arrow" />}
            </g>
          );
        })}
      </svg>
      <figcaption aria-hidden="true" class="pipeline-legend">
        {STAGES.map((s) => (
          <span key={s} class={`legend stage-${s}`}>
            {t(STAGE_LABEL[s])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
