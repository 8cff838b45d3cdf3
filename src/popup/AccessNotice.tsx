// "Gatekeeper has no access to LinkedIn": the user withdrew the host permission (Firefox's
// add-on manager, Chrome's site access "on click"), so the content script never runs. Say so
// and offer to ask again, instead of a dashboard that quietly stops filling up.
import { useEffect, useState } from 'preact/hooks';
import { hasLinkedInAccess, requestLinkedInAccess } from '../platform/index.js';
import { t } from '../ui/i18n.js';

type Access = 'unknown' | 'granted' | 'missing' | 'refused';

export function AccessNotice() {
  const [access, setAccess] = useState<Access>('unknown');
  useEffect(() => {
    // A failing check proves nothing either way: no notice rather than a false alarm.
    hasLinkedInAccess().then(
      (ok) => setAccess(ok ? 'granted' : 'missing'),
      () => setAccess('granted'),
    );
  }, []);
  if (access === 'unknown' || access === 'granted') return null;

  // permissions.request only works inside the click's user gesture: nothing is awaited before it.
  const ask = (): void =>
    void requestLinkedInAccess().then(
      (ok) => setAccess(ok ? 'granted' : 'refused'),
      () => setAccess('refused'),
    );
  return (
    <div class="health" role="status" data-gatekeeper-access={access}>
      <span class="health-dot" aria-hidden="true" />
      <div>
        <p>{t(access === 'refused' ? 'popup_access_refused' : 'popup_access_missing')}</p>
        <button type="button" onClick={ask}>
          {t('popup_access_grant')}
        </button>
      </div>
    </div>
  );
}
