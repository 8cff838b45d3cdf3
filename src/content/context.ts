// The content script's two clocks: `lifetime` ends when the extension context is invalidated
// (reload, update, uninstall) — after that every extension API throws, so everything we added
// to the page must go; `onNavigate` fires on LinkedIn's in-app navigation (pushState, no load).
import { contextAlive } from '../platform/native.js';
import { onDomChange } from './observer.js';

const ALIVE_POLL_MS = 1000;
const URL_POLL_MS = 500;

/** A signal aborted once the extension context dies (polled; checked eagerly by callers too). */
export function extensionLifetime(isAlive: () => boolean = contextAlive): AbortController {
  const lifetime = new AbortController();
  const timer = setInterval(() => {
    if (!isAlive()) lifetime.abort();
  }, ALIVE_POLL_MS);
  lifetime.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return lifetime;
}

interface NavigationLike extends EventTarget {
  readonly currentEntry?: { url: string | null } | null;
}

/**
 * Calls `fn(url)` after each in-app URL change until `signal` aborts. The Navigation API's
 * `navigate` event fires before the URL commits, so it only prompts a check after the current
 * task; without it (older Firefox) popstate, DOM changes and a slow poll notice the change.
 */
export function onUrlChange(fn: (url: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = (): void => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    fn(last);
  };
  const later = (): void => void setTimeout(check, 0);
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav) {
    nav.addEventListener('navigate', later, { signal });
    nav.addEventListener('navigatesuccess', check, { signal });
  } else {
    addEventListener('popstate', later, { signal });
    onDomChange(check, signal);
    const timer = setInterval(check, URL_POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }
}
