// The only module that touches the extension namespace. webextension-polyfill is frozen
// upstream and a pass-through where a native `browser` exists (Firefox), so it stays
// swappable behind this file.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage, Alarms, Notifications } from 'webextension-polyfill';
export { browser };

/** The extension's own pages share this origin; content scripts live on LinkedIn's. */
export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

/**
 * False once the extension was reloaded or updated under a live content script
 * ("Extension context invalidated"): every API call would throw from then on.
 */
export function contextAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}
