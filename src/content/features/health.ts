// Health: what the page's anchors and each feature found, reported to the worker when it
// changes, so the popup can say "LinkedIn's layout is not recognised here".
import type { ProfileAlias } from '../../core/profile-url.js';
import { pageAnchors } from '../linkedin/health.js';
import { isMessagingPage } from '../linkedin/pages.js';
import { findComposers, resolveRecipients } from '../linkedin/read-composer.js';
import { anyOf } from '../linkedin/selectors.js';
import { addedAny, onDomChange } from '../observer.js';
import { settled } from './settle.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'health';

const MAX_FEATURES = 20;

/** What `pageAnchors` looks for on any page: only open overlays and invitation modals. */
const ANYWHERE = anyOf('overlayBubble', 'inviteModal');

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  let last = '';
  /** Anchors the last report listed: always some on pages with their own, else an open overlay or modal. */
  let listed = 0;
  const report = (): void => {
    const anchors = pageAnchors(document, location);
    listed = anchors.features.length;
    const byName = new Map<string, boolean>();
    for (const f of [...anchors.features, ...ctx.anchors.entries()]) byName.set(f.name.slice(0, 40), f.found);
    const features = [...byName].slice(0, MAX_FEATURES).map(([n, found]) => ({ name: n, found }));
    const person = conversationPerson();
    const key = JSON.stringify([anchors.page, features, person]);
    if (key === last) return;
    last = key;
    void tell('health.report', { page: anchors.page.slice(0, 40), features, ...(person ? { person } : {}) });
  };
  const later = settled(report, 1500, 5000, signal);
  ctx.anchors.onChange(later, signal);
  // While anchors are listed, every batch may change them; otherwise (the feed) only an arriving
  // overlay or modal can, so most batches cost one check per added element and no timer.
  onDomChange((added) => (listed || addedAny(added, ANYWHERE) ? later() : undefined), signal);
  later();
}

/** On the Messaging page, the one person the open conversation is with (none for a group). */
function conversationPerson(): ProfileAlias | undefined {
  if (!isMessagingPage(location)) return undefined;
  const composer = findComposers(document).find((c) => c.kind === 'messaging');
  if (!composer) return undefined;
  const { contacts, group } = resolveRecipients(composer, document, location);
  return !group && contacts.length === 1 ? (contacts[0]?.aliases[0] as ProfileAlias | undefined) : undefined;
}
