// Stored settings → current Settings. Pure (no browser APIs), so workers, pages, content
// scripts and tests share it; hand-written guards keep valibot out of the content bundle.
import { DEFAULT_SETTINGS, LANGS, type CadenceKind, type CadenceStep, type Lang, type Settings } from '../core/types.js';

export const SETTINGS_KEY = 'settings';
const SETTINGS_VERSION = DEFAULT_SETTINGS.version;

type Raw = Record<string, unknown>;

/**
 * settingsMigrations[n] turns a version-n object into version n+1. Version 0 is anything
 * stored without a version (or nothing stored): it becomes the defaults plus what it had.
 */
const settingsMigrations: readonly ((s: Raw) => Raw)[] = [(s) => ({ ...DEFAULT_SETTINGS, ...s, version: 1 })];

const CADENCE_KINDS: ReadonlySet<string> = new Set<CadenceKind>(['thank', 'engage', 'ask', 'ready', 'held-pitch']);

const isCount = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
const isStep = (x: unknown): x is CadenceStep =>
  typeof x === 'object' && x !== null && isCount((x as Raw).day, 365) && CADENCE_KINDS.has(String((x as Raw).kind));

/** Field by field: one bad value falls back to its default instead of resetting everything. */
export function sanitizeSettings(s: Raw): Settings {
  const d = DEFAULT_SETTINGS;
  const languages = Array.isArray(s.languages) ? s.languages.filter((l): l is Lang => LANGS.includes(l as Lang)) : undefined;
  return {
    version: 1,
    minDaysBeforePitch: isCount(s.minDaysBeforePitch, 365) ? s.minDaysBeforePitch : d.minDaysBeforePitch,
    minWarmTouches: isCount(s.minWarmTouches, 100) ? s.minWarmTouches : d.minWarmTouches,
    confirmOnCaution: typeof s.confirmOnCaution === 'boolean' ? s.confirmOnCaution : d.confirmOnCaution,
    mutedRules: Array.isArray(s.mutedRules) ? s.mutedRules.filter((r): r is string => typeof r === 'string' && r.length <= 100).slice(0, 200) : [...d.mutedRules],
    languages: languages && languages.length > 0 ? [...new Set(languages)] : [...d.languages],
    cadence: Array.isArray(s.cadence) && s.cadence.length <= 20 && s.cadence.every(isStep) ? s.cadence.map((c) => ({ day: c.day, kind: c.kind })) : d.cadence.map((c) => ({ ...c })),
    notifications: typeof s.notifications === 'boolean' ? s.notifications : d.notifications,
  };
}

/** Any stored value → current settings; `migrated` says it should be written back. */
export function migrateSettings(stored: unknown): { settings: Settings; migrated: boolean } {
  let s: Raw = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...(stored as Raw) } : {};
  const from = isCount(s.version, 1000) ? s.version : 0;
  if (from > SETTINGS_VERSION) {
    // Written by a newer release (downgrade): read what we understand, write nothing back.
    return { settings: sanitizeSettings(s), migrated: false };
  }
  for (let v = from; v < settingsMigrations.length; v++) s = settingsMigrations[v]!(s);
  return { settings: sanitizeSettings(s), migrated: from < SETTINGS_VERSION };
}
