// Shared test builders for the engine tests (not a test file itself).
import type { DraftAnalysis, EventKind, RelEvent } from '../../../src/core/types.js';

let seq = 0;

/** A relationship event with a unique key unless one is given. */
export function ev(kind: EventKind, at: number | Date, extra: Partial<RelEvent> = {}): RelEvent {
  return { kind, at: typeof at === 'number' ? at : at.getTime(), source: 'observed', key: `${kind}:${seq++}`, ...extra };
}

export function pitch(...rules: string[]): DraftAnalysis {
  const signals = (rules.length > 0 ? rules : ['meeting-ask']).map((rule, i) => ({ start: i, end: i + 1, rule, label: rule }));
  return { pitch: true, score: 0.9, lang: 'en', signals };
}

export const WARM: DraftAnalysis = { pitch: false, score: 0.05, lang: 'en', signals: [] };

/** Run `fn` with the process time zone set to `tz` (Node re-reads TZ on assignment). */
export function withTZ<T>(tz: string, fn: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}
