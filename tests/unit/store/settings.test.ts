import { describe, expect, it } from 'vitest';
import { migrateSettings, sanitizeSettings } from '../../../src/settings/migrate.js';
import { readSettings, settingsChangeListener, writeSettings, type SettingsArea } from '../../../src/settings/store.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/types.js';

function area(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return { data, get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}), set: async (items) => void Object.assign(data, structuredClone(items)) };
}

describe('settings', () => {
  it('nothing stored → defaults, written back', async () => {
    const a = area();
    expect(await readSettings(a)).toEqual(DEFAULT_SETTINGS);
    expect(a.data.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('v0 (unversioned) keeps what it had; bad fields fall back one by one', () => {
    const { settings, migrated } = migrateSettings({ minDaysBeforePitch: 10, minWarmTouches: -1, languages: ['xx', 'fr'], cadence: [{ day: 'x' }] });
    expect(migrated).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, minDaysBeforePitch: 10, languages: ['fr'] });
  });

  it('a newer version is read as far as understood and not rewritten', () => {
    expect(migrateSettings({ version: 9, notifications: true, future: 1 })).toEqual({ settings: { ...DEFAULT_SETTINGS, notifications: true }, migrated: false });
  });

  it('writes patches and tells listeners', async () => {
    const a = area({ settings: DEFAULT_SETTINGS });
    const heard: Settings[] = [];
    const listener = settingsChangeListener((s) => heard.push(s));
    const next = await writeSettings(a, { notifications: true, mutedRules: ['meeting-ask'] });
    listener({ settings: { newValue: a.data.settings } }, 'local');
    listener({ other: { newValue: 1 } }, 'local');
    listener({ settings: { newValue: {} } }, 'sync');
    expect(heard).toEqual([next]);
    expect(sanitizeSettings(next as unknown as Record<string, unknown>)).toEqual(next);
  });
});
