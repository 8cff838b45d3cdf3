// Settings validation for the options page: pure, so the rules are unit-tested without a DOM.
// The ranges match src/settings/migrate.ts, which would silently reset anything outside them.
import type { CadenceKind, CadenceStep } from '../core/types.js';

export const LIMITS = {
  minDaysBeforePitch: { min: 0, max: 365 },
  minWarmTouches: { min: 0, max: 100 },
  cadenceDay: { min: 0, max: 365 },
  cadenceSteps: 20,
} as const;

/** The steps a user plans; held pitches are reminders too, but never a cadence step. */
export const CADENCE_KINDS: readonly CadenceKind[] = ['thank', 'engage', 'ask', 'ready'];

/** A whole number within [min, max] from what was typed, or null. */
export function parseCount(raw: string, min: number, max: number): number | null {
  const s = raw.trim();
  if (!/^\d{1,6}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

export interface DraftStep {
  day: string;
  kind: CadenceKind;
}

export type CadenceProblem = { kind: 'day'; index: number } | { kind: 'order'; index: number } | { kind: 'too-many' };

/** Checks an edited cadence; steps must be whole days in range and in day order. */
export function checkCadence(steps: readonly DraftStep[]): { steps: CadenceStep[] } | { problem: CadenceProblem } {
  if (steps.length > LIMITS.cadenceSteps) return { problem: { kind: 'too-many' } };
  const out: CadenceStep[] = [];
  for (const [index, step] of steps.entries()) {
    const day = parseCount(step.day, LIMITS.cadenceDay.min, LIMITS.cadenceDay.max);
    if (day === null) return { problem: { kind: 'day', index } };
    const before = out[index - 1];
    if (before && day < before.day) return { problem: { kind: 'order', index } };
    out.push({ day, kind: step.kind });
  }
  return { steps: out };
}

/** Moves item `from` by `by` places (−1 up, +1 down); out-of-range moves return the same list. */
export function move<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
