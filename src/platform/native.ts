// The few extension APIs the content script uses, called natively. The content bundle cannot
// afford webextension-polyfill (~10 KB of a 60 KB budget), and it needs none of it here:
// Firefox's `browser` and Chrome MV3's `chrome` both return promises for these calls.
// Extension pages and the worker keep using src/platform/index.ts (the polyfill) and src/client.ts.
import type { MessageType, PayloadOf, Reply, ResponseOf } from '../messages.js';
import type { SettingsArea } from '../settings/store.js';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

interface ExtensionApi {
  i18n?: { getMessage(key: string, substitutions?: string[]): string };
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: SettingsArea;
    onChanged: { addListener(fn: ChangeListener): void; removeListener(fn: ChangeListener): void };
  };
}

function api(): ExtensionApi {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const found = g.browser ?? g.chrome;
  if (!found) throw new Error('No extension API here');
  return found;
}

/** False once the extension was reloaded or updated under this script ("context invalidated"). */
export function contextAlive(): boolean {
  try {
    const id = api().runtime?.id;
    return typeof id === 'string' && id.length > 0;
  } catch {
    return false;
  }
}

/** Same contract as src/client.ts `ask`: the worker's Reply unwrapped, failures thrown. */
export async function ask<K extends MessageType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K>> {
  const runtime = api().runtime;
  if (!runtime) throw new Error('Extension context invalidated');
  const reply = (await runtime.sendMessage({ ...payload, type })) as Reply<K> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error(`No answer to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export function storageArea(): SettingsArea {
  return api().storage.local;
}

/** storage.onChanged, removed when `signal` aborts (quietly, if the context is already gone). */
export function onStorageChanged(fn: ChangeListener, signal: AbortSignal): void {
  const changed = api().storage.onChanged;
  changed.addListener(fn);
  signal.addEventListener(
    'abort',
    () => {
      try {
        changed.removeListener(fn);
      } catch {
        // Nothing left to remove from.
      }
    },
    { once: true },
  );
}

/** A UI string from _locales; '' when the key is missing or no extension API is present (tests). */
export function getMessage(key: string, substitutions: string[] = []): string {
  try {
    return api().i18n?.getMessage(key, substitutions) ?? '';
  } catch {
    return '';
  }
}
