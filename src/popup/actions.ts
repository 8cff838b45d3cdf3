// What the popup's buttons do outside the page: open LinkedIn tabs, copy drafts, open options.
import { openOptions, openTab } from '../platform/index.js';

/** Reminders carry LinkedIn URLs only (the store re-checks them); refuse anything else anyway. */
export async function openLinkedIn(url: string): Promise<void> {
  if (new URL(url).origin !== 'https://www.linkedin.com') throw new Error('Not a LinkedIn URL');
  await openTab(url);
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function openImport(): Promise<void> {
  return openOptions('import');
}

export function openSettings(): Promise<void> {
  return openOptions('policy');
}
