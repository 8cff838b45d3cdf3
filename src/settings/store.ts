// Settings in storage.local under one key, behind a two-method area so tests pass a fake.
import type { Settings } from '../core/types.js';
import { migrateSettings, sanitizeSettings, SETTINGS_KEY } from './migrate.js';

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads and, when the stored object is older, writes the migrated version back. */
export async function readSettings(area: SettingsArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  const { settings, migrated } = migrateSettings(got[SETTINGS_KEY]);
  if (migrated) await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}

export async function writeSettings(area: SettingsArea, patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await readSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The storage.onChanged listener body: calls `fn` with the new settings when ours changed. */
export function settingsChangeListener(fn: (s: Settings) => void): (changes: Record<string, { newValue?: unknown }>, area: string) => void {
  return (changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) fn(migrateSettings(change.newValue).settings);
  };
}
