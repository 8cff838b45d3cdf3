// What the active tab is, as far as the popup cares: a LinkedIn profile (whose card we show),
// a LinkedIn conversation, some other LinkedIn page, or not LinkedIn at all.
import { isMessagingPage, profileAliasOfPage } from '../content/linkedin/pages.js';
import type { ProfileAlias } from '../core/profile-url.js';
import type { ActiveTab } from '../platform/index.js';

export type TabPlace =
  | { kind: 'profile'; tabId?: number; alias: ProfileAlias }
  | { kind: 'conversation'; tabId?: number }
  | { kind: 'linkedin'; tabId?: number }
  | { kind: 'elsewhere' };

const LINKEDIN = 'https://www.linkedin.com';

export function placeOf(tab: ActiveTab | undefined): TabPlace {
  // Without the `tabs` permission only LinkedIn tabs reveal their URL: no URL means elsewhere.
  if (!tab?.url) return { kind: 'elsewhere' };
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return { kind: 'elsewhere' };
  }
  if (url.origin !== LINKEDIN) return { kind: 'elsewhere' };
  const tabId = tab.id;
  const alias = profileAliasOfPage(url);
  if (alias) return { kind: 'profile', tabId, alias };
  if (isMessagingPage(url)) return { kind: 'conversation', tabId };
  return { kind: 'linkedin', tabId };
}
