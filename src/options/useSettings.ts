// The settings as page state: loaded once, kept in step with storage.onChanged (another tab, a
// restore, "delete all"), saved patch by patch. Saving writes storage.local; open LinkedIn tabs
// hear the same onChanged event and apply it without a reload.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/types.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/index.js';
import { errorText } from '../ui/components.js';

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export interface SettingsState {
  settings?: Settings;
  error?: string;
  save: (patch: SettingsPatch) => Promise<boolean>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const life = new AbortController();
    onSettingsChanged(setSettings, life.signal);
    loadSettings().then(setSettings, (e: unknown) => setError(errorText(e)));
    return () => life.abort();
  }, []);
  const save = async (patch: SettingsPatch): Promise<boolean> => {
    try {
      setSettings(await saveSettings(patch));
      setError(undefined);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  return { settings, error, save };
}
