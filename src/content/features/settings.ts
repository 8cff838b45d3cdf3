// The content script's live view of the settings (src/settings/store: storage.local under one
// key, migrated; changes through storage.onChanged). Until the first read the defaults apply.
import { DEFAULT_SETTINGS, type Settings } from '../../core/types.js';
import { readSettings, settingsChangeListener, writeSettings } from '../../settings/store.js';
import { onStorageChanged, storageArea } from '../../platform/native.js';

export interface SettingsView {
  current(): Settings;
  onChange(fn: (s: Settings) => void, signal: AbortSignal): void;
  /** "Mute this rule": adds the rule id to settings.mutedRules. */
  mute(rule: string): Promise<void>;
}

export function watchSettings(signal: AbortSignal): SettingsView {
  let current = DEFAULT_SETTINGS;
  const listeners = new Set<(s: Settings) => void>();
  const set = (s: Settings): void => {
    current = s;
    for (const fn of listeners) fn(s);
  };
  try {
    readSettings(storageArea()).then(set, () => undefined);
    onStorageChanged(settingsChangeListener(set), signal);
  } catch {
    // No storage (context gone): the defaults stand.
  }
  return {
    current: () => current,
    onChange: (fn, s) => {
      listeners.add(fn);
      s.addEventListener('abort', () => listeners.delete(fn), { once: true });
    },
    mute: async (rule) => {
      if (current.mutedRules.includes(rule)) return;
      set(await writeSettings(storageArea(), { mutedRules: [...current.mutedRules, rule] }));
    },
  };
}
