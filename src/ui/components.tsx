// Small building blocks for the extension pages. Text always arrives as strings (never HTML).
import type { ComponentChildren } from 'preact';
import type { Stage } from '../core/types.js';
import { t } from './i18n.js';
import { STAGE_LABEL } from './stages.js';

export function StageChip({ stage }: { stage: Stage }) {
  return <span class={`chip stage-${stage}`}>{t(STAGE_LABEL[stage])}</span>;
}

/** Text for screen readers only. */
export function Hidden({ children }: { children: ComponentChildren }) {
  return <span class="sr-only">{children}</span>;
}

/** A polite live region: status lines ("Saved", "Draft copied") are announced when they change. */
export function Status({ text, tone = 'info', id }: { text: string; tone?: 'info' | 'ok' | 'error'; id?: string }) {
  return (
    <p class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'} id={id}>
      {text}
    </p>
  );
}

export function ErrorLine({ error, onRetry }: { error: string; onRetry?: () => void }) {
  return (
    <div class="error-line" role="alert">
      <span>{t('common_error', error)}</span>
      {onRetry && (
        <button type="button" class="link" onClick={onRetry}>
          {t('common_retry')}
        </button>
      )}
    </div>
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
