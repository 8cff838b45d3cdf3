// What the worker needs from the browser, as a small interface: index.ts binds the real
// extension APIs, tests pass fakes.
import type { Settings } from '../core/types.js';
import type { SettingsArea } from '../settings/store.js';
import type { GkDb } from '../store/index.js';

export interface AlarmInfo {
  when?: number;
  periodInMinutes?: number;
}

export interface WorkerDeps {
  now(): number;
  version(): string;
  /** storage.local (settings). */
  local: SettingsArea;
  /** storage.session: per-browser-session facts such as tab health. */
  session: SettingsArea;
  setBadge(text: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  openTab(url: string): Promise<void>;
  alarms: {
    get(name: string): Promise<AlarmInfo | undefined>;
    create(name: string, info: AlarmInfo): Promise<void>;
  };
}

/** Everything a handler uses, rebuilt from storage on every wake (see index.ts `ready`). */
export interface WorkerState {
  db: GkDb;
  /** Kept current by storage.onChanged. */
  settings: Settings;
}
