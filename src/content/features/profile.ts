// Profile: who the page shows and the degree, told to the worker once the top card settles.
// The worker records "connected" when a pending or unknown contact now shows 1st.
import { isProfilePage } from '../linkedin/pages.js';
import { readProfile } from '../linkedin/read-profile.js';
import { onDomChange } from '../observer.js';
import { settled } from './settle.js';
import type { FeatureContext } from './types.js';
import { tell } from './worker.js';

export const name = 'profile';

export function init(signal: AbortSignal, ctx: FeatureContext): void {
  if (!isProfilePage(location.href)) return;
  let last = '';
  const read = (): void => {
    const p = readProfile(document);
    ctx.anchors.set(name, p?.anchorsFound === true);
    if (!p) return;
    const key = JSON.stringify([p.aliases, p.name, p.headline, p.degree]);
    if (key === last) return;
    last = key;
    void tell('contact.observe', {
      contact: { aliases: p.aliases, name: p.name },
      ...(p.headline ? { headline: p.headline } : {}),
      ...(p.degree ? { degree: p.degree } : {}),
    }).then((r) => {
      if (r?.connectedRecorded) ctx.stored.dispatchEvent(new Event('change'));
    });
  };
  const later = settled(read, 400, 2000, signal);
  onDomChange(later, signal);
  later();
}
