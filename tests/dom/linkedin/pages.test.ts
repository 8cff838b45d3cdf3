import { describe, expect, it } from 'vitest';
import {
  isComposeUrl,
  isConnectionsPage,
  isFeedPage,
  isMessagingPage,
  isNewMessagePage,
  isProfilePage,
  isSalesNavigator,
  isSentInvitationsPage,
  isViewerProfile,
  profileAliasOfPage,
  threadIdFromUrl,
} from '../../../src/content/linkedin/pages.js';

describe('profile URLs', () => {
  const profiles: [string, string][] = [
    ['https://www.linkedin.com/in/jane-doe/', 'slug:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe', 'slug:jane-doe'],
    ['https://www.linkedin.com/in/Jane-Doe/?originalSubdomain=de', 'slug:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB#top', 'slug:jane-doe'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-8b1a2/', 'slug:jürgen-müller-8b1a2'],
    ['https://www.linkedin.com/in/J%C3%9CRGEN-M%C3%BCller/', 'slug:jürgen-müller'],
    ['https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUv/', 'member:ACoAABcdEfGhIjKlMnOpQrStUv'],
    ['https://www.linkedin.com/in/jane-doe/de/', 'slug:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/pt-br', 'slug:jane-doe'],
    ['https://de.linkedin.com/in/jane-doe', 'slug:jane-doe'],
    ['https://www.linkedin.com/IN/jane-doe/', 'slug:jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', 'slug:jane-doe'],
    ['/in/jane-doe/', 'slug:jane-doe'],
  ];
  it.each(profiles)('%s → %s', (url, alias) => {
    expect(isProfilePage(url)).toBe(true);
    expect(profileAliasOfPage(url)).toBe(alias);
    expect(profileAliasOfPage({ href: url })).toBe(alias);
  });

  const notProfiles = [
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/in/me',
    'https://www.linkedin.com/in/jane-doe/details/experience/',
    'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/search/results/people/?keywords=in%2Fjane',
    'not a url at all',
  ];
  it.each(notProfiles)('%s is not a contact profile', (url) => {
    expect(isProfilePage(url)).toBe(false);
    expect(profileAliasOfPage(url)).toBeNull();
  });

  it('recognises the viewer profile', () => {
    expect(isViewerProfile('https://www.linkedin.com/in/me/')).toBe(true);
    expect(isViewerProfile('https://www.linkedin.com/in/me/?trk=nav')).toBe(true);
    expect(isViewerProfile('https://www.linkedin.com/in/meg/')).toBe(false);
  });
});

describe('messaging URLs', () => {
  it.each([
    ['https://www.linkedin.com/messaging/thread/2-NTg3ZDM1YjMtYWU1Ni00Y2Y3XzAxMA==/', '2-NTg3ZDM1YjMtYWU1Ni00Y2Y3XzAxMA=='],
    ['https://www.linkedin.com/messaging/thread/2-NTg3ZDM1YjMtYWU1Ni00Y2Y3XzAxMA%3D%3D/?filter=unread', '2-NTg3ZDM1YjMtYWU1Ni00Y2Y3XzAxMA=='],
    ['https://www.linkedin.com/messaging/thread/2-abc', '2-abc'],
    ['/messaging/thread/2-abc/', '2-abc'],
    ['https://www.linkedin.com/messaging/thread/new/', null],
    ['https://www.linkedin.com/messaging/thread/NEW/?recipients=x', null],
    ['https://www.linkedin.com/messaging/', null],
    ['https://www.linkedin.com/in/jane-doe/', null],
  ])('%s → thread %s', (url, id) => {
    expect(threadIdFromUrl(url)).toBe(id);
  });

  it('classifies messaging pages', () => {
    expect(isMessagingPage('https://www.linkedin.com/messaging/')).toBe(true);
    expect(isMessagingPage('https://www.linkedin.com/messaging')).toBe(true);
    expect(isMessagingPage('https://www.linkedin.com/messaging/thread/2-abc/')).toBe(true);
    expect(isMessagingPage('https://www.linkedin.com/messagingfoo/')).toBe(false);
    expect(isNewMessagePage('https://www.linkedin.com/messaging/thread/new/?recipient=ACoAAB')).toBe(true);
    expect(isNewMessagePage('https://www.linkedin.com/messaging/thread/2-abc/')).toBe(false);
    expect(isComposeUrl('https://www.linkedin.com/messaging/compose/?recipient=ACoAABcdEfGhIjKlMnOp')).toBe(true);
    expect(isComposeUrl('https://www.linkedin.com/messaging/thread/new/')).toBe(false);
  });
});

describe('other pages', () => {
  it('connections and sent invitations', () => {
    expect(isConnectionsPage('https://www.linkedin.com/mynetwork/invite-connect/connections/')).toBe(true);
    expect(isConnectionsPage('https://www.linkedin.com/mynetwork/invite-connect/connections')).toBe(true);
    expect(isConnectionsPage('https://www.linkedin.com/mynetwork/')).toBe(false);
    expect(isSentInvitationsPage('https://www.linkedin.com/mynetwork/invitation-manager/sent/?invitationType=CONNECTION')).toBe(true);
    expect(isSentInvitationsPage('https://www.linkedin.com/mynetwork/invitation-manager/')).toBe(false);
  });
  it('sales navigator and feed', () => {
    expect(isSalesNavigator('https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH,abc')).toBe(true);
    expect(isSalesNavigator('https://www.linkedin.com/in/sales/')).toBe(false);
    expect(isFeedPage('https://www.linkedin.com/feed/')).toBe(true);
    expect(isFeedPage('https://www.linkedin.com/feed/?doFeedRefresh=true')).toBe(true);
    expect(isFeedPage('https://www.linkedin.com/')).toBe(true);
    expect(isFeedPage('https://www.linkedin.com/feedback/')).toBe(false);
  });
});
