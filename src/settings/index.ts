// Settings for every context (worker, pages, content scripts): storage.local with defaults and
// versioned migrations, and a change subscription through storage.onChanged.
import type { Settings } from '../core/types.js';
import { browser } from '../platform/index.js';
import { readSettings, settingsChangeListener, writeSettings } from './store.js';

export { SETTINGS_KEY, migrateSettings, sanitizeSettings } from './migrate.js';

export function loadSettings(): Promise<Settings> {
  return readSettings(browser.storage.local);
}

/** Merges a patch over the stored settings; every context hears it through onSettingsChanged. */
export function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  return writeSettings(browser.storage.local, patch);
}

/** Calls `fn` whenever the settings change (any context). Stops when `signal` aborts. */
export function onSettingsChanged(fn: (s: Settings) => void, signal?: AbortSignal): void {
  const listener = settingsChangeListener(fn);
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
