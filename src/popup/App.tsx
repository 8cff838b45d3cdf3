// The popup: a LinkedIn profile tab, or a conversation with one person, shows that contact's
// card; everywhere else, the dashboard.
// The dashboard is one round trip, asked for at once, so switching views is instant.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { ask } from '../client.js';
import type { HealthReport } from '../messages.js';
import { activeTab } from '../platform/index.js';
import { t } from '../ui/i18n.js';
import { AccessNotice } from './AccessNotice.js';
import { openSettings } from './actions.js';
import { ContactCard } from './ContactCard.js';
import { Dashboard } from './Dashboard.js';
import { HealthLine } from './HealthLine.js';
import { READY_MARK } from './ready.js';
import { placeOf, type TabPlace } from './tab.js';
import { useAsk } from './useAsk.js';

const fetchDashboard = () => ask('dashboard', {});

export function App() {
  const [place, setPlace] = useState<TabPlace | null>(null);
  const [view, setView] = useState<'contact' | 'dashboard'>('contact');
  const [cardReady, setCardReady] = useState(false);
  const [health, setHealth] = useState<HealthReport | null>(null);
  const dashboard = useAsk(fetchDashboard);

  useEffect(() => {
    activeTab().then(
      (tab) => setPlace(placeOf(tab)),
      () => setPlace({ kind: 'elsewhere' }),
    );
  }, []);

  // One health report per popup: the health line reads it, and a conversation's URL names only
  // the thread, so the person it is with comes from it too.
  useEffect(() => {
    if (!place || place.kind === 'elsewhere' || place.tabId === undefined) return;
    ask('health.get', { tabId: place.tabId }).then(
      (r) => setHealth(r.health),
      () => undefined,
    );
  }, [place]);

  const person = place?.kind === 'conversation' ? health?.person : undefined;
  const cardAlias = place?.kind === 'profile' ? place.alias : person;
  const showCard = cardAlias !== undefined && view === 'contact';
  const ready = place !== null && (showCard ? cardReady : dashboard.data !== undefined);
  const state = ready ? 'ready' : dashboard.error && !showCard ? 'error' : 'loading';

  // Marked once, right after the first real data reached the DOM (the bench reads it).
  useLayoutEffect(() => {
    if (ready && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [ready]);

  return (
    <div class="popup-root" data-gatekeeper-popup={state} aria-busy={!ready}>
      <header class="popup-header">
        <h1>
          <span class="logo" aria-hidden="true" />
          {t('extName')}
        </h1>
        <button type="button" class="icon-button" onClick={() => void openSettings()} aria-label={t('popup_settings')} title={t('popup_settings')}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M8.6 1.5h2.8l.5 2.4 1.4.6 2-1.4 2 2-1.4 2 .6 1.4 2.4.5v2.8l-2.4.5-.6 1.4 1.4 2-2 2-2-1.4-1.4.6-.5 2.4H8.6l-.5-2.4-1.4-.6-2 1.4-2-2 1.4-2-.6-1.4-2.4-.5V8.6l2.4-.5.6-1.4-1.4-2 2-2 2 1.4 1.4-.6zM10 7a3 3 0 100 6 3 3 0 000-6z" />
          </svg>
        </button>
      </header>
      <AccessNotice />
      <HealthLine health={health} />
      {cardAlias !== undefined && (
        <div class="view-switch" role="group" aria-label={t('popup_view_label')}>
          <button type="button" aria-pressed={view === 'contact'} onClick={() => setView('contact')}>
            {t('popup_view_contact')}
          </button>
          <button type="button" aria-pressed={view === 'dashboard'} onClick={() => setView('dashboard')}>
            {t('popup_view_dashboard')}
          </button>
        </div>
      )}
      {place === null ? null : showCard ? (
        <ContactCard alias={cardAlias} onLoaded={() => setCardReady(true)} />
      ) : (
        <>
          {place.kind === 'conversation' && person === undefined && <p class="hint">{t('popup_conversation_hint')}</p>}
          <Dashboard asked={dashboard} />
        </>
      )}
    </div>
  );
}
