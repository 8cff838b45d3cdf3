// Which of our anchors this page shows, per feature relevant to its URL, so the popup can say
// "LinkedIn's layout is not recognised here" instead of failing silently.
import {
  isConnectionsPage,
  isFeedPage,
  isMessagingPage,
  isProfilePage,
  isSalesNavigator,
  isSentInvitationsPage,
  type UrlLike,
} from './pages.js';
import { findComposers } from './read-composer.js';
import { readProfile } from './read-profile.js';
import { queryFirst } from './selectors.js';

export interface PageAnchors {
  page: 'profile' | 'messaging' | 'connections' | 'sent-invitations' | 'feed' | 'sales-navigator' | 'other';
  features: { name: string; found: boolean }[];
}

export function pageAnchors(doc: Document, url: UrlLike = location.href): PageAnchors {
  const features: PageAnchors['features'] = [];
  const has = (name: string, found: boolean): void => void features.push({ name, found });
  let page: PageAnchors['page'] = 'other';
  if (isSalesNavigator(url)) page = 'sales-navigator';
  else if (isProfilePage(url)) {
    page = 'profile';
    has('profile', readProfile(doc, typeof url === 'string' ? url : url.href)?.anchorsFound === true);
  } else if (isMessagingPage(url)) {
    page = 'messaging';
    has('composer', findComposers(doc, url).length > 0);
    has('thread', !!queryFirst(doc, 'threadHeaderLink') || !!queryFirst(doc, 'threadRow'));
  } else if (isConnectionsPage(url)) {
    page = 'connections';
    has('connections', !!queryFirst(doc, 'connectionCard'));
  } else if (isSentInvitationsPage(url)) page = 'sent-invitations';
  else if (isFeedPage(url)) page = 'feed';
  // Overlays and the invitation modal can open on any page; report them only when open.
  if (queryFirst(doc, 'overlayBubble')) has('overlay', findComposers(doc, url).some((c) => c.kind !== 'messaging'));
  if (queryFirst(doc, 'inviteModal')) has('invitation', !!queryFirst(doc, 'modalButton'));
  return { page, features };
}
