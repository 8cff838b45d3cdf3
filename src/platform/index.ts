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

// ---- Small helpers for the extension pages (popup, options) --------------------------------

// i18n.getMessage is synchronous and identical natively in both browsers (content scripts use it too).
export { getMessage } from './native.js';

export interface ActiveTab {
  id?: number;
  /** Set only for hosts with host permission (LinkedIn): the `tabs` permission is not requested. */
  url?: string;
}

export async function activeTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // A tab still navigating has no url yet; Chromium names where it is going (Firefox has no
  // pendingUrl, and tells the url at once).
  return tab ? { id: tab.id, url: tab.url || (tab as { pendingUrl?: string }).pendingUrl } : undefined;
}

/** The one host Gatekeeper works on (manifest `host_permissions`). */
const LINKEDIN_ORIGINS = ['https://www.linkedin.com/*'];

/** False when the user withdrew the LinkedIn host permission: the content script then never runs. */
export async function hasLinkedInAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: LINKEDIN_ORIGINS });
}

/** Asks for the LinkedIn host permission again; call it straight from a click handler (user gesture). */
export function requestLinkedInAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: LINKEDIN_ORIGINS });
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/**
 * Opens the options page at a section (`#import`). An options tab that is already open gets
 * the hash and focus (openOptionsPage reuses it); otherwise a new tab opens at the hash.
 */
export async function openOptions(section: string): Promise<void> {
  const hash = `#${section}`;
  const optionsUrl = browser.runtime.getURL('options.html');
  const open = browser.extension.getViews({ type: 'tab' }).find((w) => w.location.href.startsWith(optionsUrl));
  if (open) {
    open.location.hash = hash;
    await browser.runtime.openOptionsPage();
  } else {
    await browser.tabs.create({ url: optionsUrl + hash });
  }
}
