// Pure URL predicates. The URL is the steadiest thing LinkedIn offers, so page kinds are read
// from it first. All navigation is in-app: callers re-evaluate on every URL change.
import { profileAliasFromUrl, type ProfileAlias } from '../../core/profile-url.js';

export type UrlLike = string | { readonly href: string };

/** Lower-cased pathname with a trailing slash; relative inputs resolve against linkedin.com. */
function path(url: UrlLike): string {
  let p: string;
  try {
    p = new URL(typeof url === 'string' ? url : url.href, 'https://www.linkedin.com').pathname;
  } catch {
    return '/';
  }
  p = p.toLowerCase();
  return p.endsWith('/') ? p : `${p}/`;
}

/** Raw (case-preserved) pathname: member ids are case-sensitive. */
function rawPath(url: UrlLike): string {
  try {
    return new URL(typeof url === 'string' ? url : url.href, 'https://www.linkedin.com').pathname;
  } catch {
    return '/';
  }
}

// `/in/<id>/`, optionally a locale subpath (`/in/jane/de/`) or an overlay over the top card
// (`/in/jane/overlay/contact-info/`). Detail pages (`/details/…`, `/recent-activity/…`) have no top card.
const PROFILE = /^\/in\/[^/]+\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/|overlay\/.*)?$/;

export function isViewerProfile(url: UrlLike): boolean {
  return path(url).startsWith('/in/me/');
}

/** A contact's profile page (not the viewer's /in/me/). */
export function isProfilePage(url: UrlLike): boolean {
  return PROFILE.test(path(url)) && !isViewerProfile(url);
}

export function profileAliasOfPage(url: UrlLike): ProfileAlias | null {
  if (!isProfilePage(url)) return null;
  const seg = /^\/in\/([^/]+)/i.exec(rawPath(url))?.[1];
  return seg ? profileAliasFromUrl(`/in/${seg}/`) : null;
}

export function isMessagingPage(url: UrlLike): boolean {
  return path(url).startsWith('/messaging/');
}

/** `/messaging/thread/<id>/` → id (as in messages.csv); `new` and other pages → null. */
export function threadIdFromUrl(url: UrlLike): string | null {
  const id = /^\/messaging\/thread\/([^/]+)/i.exec(rawPath(url))?.[1];
  if (!id || id.toLowerCase() === 'new') return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

export function isNewMessagePage(url: UrlLike): boolean {
  return path(url).startsWith('/messaging/thread/new/');
}

/** `/messaging/compose/?recipient=…` links open a new message to a known person. */
export function isComposeUrl(url: UrlLike): boolean {
  return path(url).startsWith('/messaging/compose/');
}

export function isConnectionsPage(url: UrlLike): boolean {
  return path(url).startsWith('/mynetwork/invite-connect/connections/');
}

export function isSentInvitationsPage(url: UrlLike): boolean {
  return path(url).startsWith('/mynetwork/invitation-manager/sent/');
}

/** Sales Navigator is a different UI; our readers do not cover it. */
export function isSalesNavigator(url: UrlLike): boolean {
  return path(url).startsWith('/sales/');
}

export function isFeedPage(url: UrlLike): boolean {
  const p = path(url);
  return p === '/' || p.startsWith('/feed/');
}
