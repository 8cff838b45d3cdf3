// The card for the person whose LinkedIn profile is open: who they are, how long you have been
// connected, the warm-up so far, what a pitch would get today, and the next step.
// (The popup cannot read the tab's composer, so no verdict for a draft in progress here: the
// inline card on LinkedIn shows that one.)
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../client.js';
import type { ProfileAlias } from '../core/profile-url.js';
import type { ContactDetailResponse, ContactSummaryResponse, ReminderView } from '../messages.js';
import { loadSettings } from '../settings/index.js';
import type { Settings } from '../core/types.js';
import { ErrorLine, errorText, StageChip } from '../ui/components.js';
import { formatDay, relativeDay, whenDay } from '../ui/format.js';
import { t } from '../ui/i18n.js';
import { KIND_LABEL } from '../ui/stages.js';
import { PitchNow } from './PitchNow.js';

interface Loaded {
  found: ContactSummaryResponse;
  detail?: ContactDetailResponse;
  settings: Settings;
  now: number;
}

/** The soonest open step (due, planned or snoozed). */
export function nextStep(reminders: readonly ReminderView[]): ReminderView | undefined {
  return reminders.filter((r) => r.status === 'due' || r.status === 'snoozed').sort((a, b) => a.due - b.due)[0];
}

async function load(alias: ProfileAlias): Promise<Loaded> {
  const [found, settings] = await Promise.all([ask('contact.summary', { contact: { aliases: [alias] } }), loadSettings()]);
  const detail = found.contactId ? await ask('contact.detail', { contactId: found.contactId }) : undefined;
  return { found, detail, settings, now: Date.now() };
}

export function ContactCard({ alias, onLoaded }: { alias: ProfileAlias; onLoaded: () => void }) {
  const [state, setState] = useState<{ loaded?: Loaded; error?: string }>({});
  const attempt = (): void => {
    load(alias).then(
      (loaded) => setState({ loaded }),
      (error: unknown) => setState({ error: errorText(error) }),
    );
  };
  useEffect(attempt, [alias]);
  useEffect(() => {
    if (state.loaded) onLoaded();
  }, [state.loaded]);

  if (state.error) return <ErrorLine error={state.error} onRetry={attempt} />;
  if (!state.loaded) return <p class="loading">{t('common_loading')}</p>;
  const { found, detail, settings, now } = state.loaded;
  const s = found.summary;
  const name = found.name ?? detail?.contact.name ?? t('popup_unknown_name');
  const headline = found.headline ?? detail?.contact.headline;
  const next = detail && nextStep(detail.reminders);

  return (
    <article class="card" aria-labelledby="card-name" data-gatekeeper-card={found.contactId ? 'known' : 'unknown'}>
      <div class="card-head">
        <div>
          <h2 id="card-name">{name}</h2>
          {headline && <p class="sub">{headline}</p>}
        </div>
        <StageChip stage={s.stage} />
      </div>
      <p class="connected">
        {s.connectedOn !== undefined
          ? t('card_connected_on', formatDay(s.connectedOn, now), relativeDay(s.connectedOn, now))
          : s.connected
            ? t('card_connected_unknown')
            : s.invitedOn !== undefined
              ? t('card_invited_on', formatDay(s.invitedOn, now))
              : t('card_not_connected')}
      </p>
      {!found.contactId && <p class="hint">{t('card_unknown')}</p>}
      <dl class="stats">
        <div>
          <dt>{t('card_touches')}</dt>
          <dd>{s.warmTouches}</dd>
        </div>
        <div>
          <dt>{t('card_replies')}</dt>
          <dd>{s.replies}</dd>
        </div>
        <div>
          <dt>{t('card_pitches')}</dt>
          <dd>{s.pitchesSent}</dd>
        </div>
      </dl>
      <PitchNow summary={s} settings={settings} now={now} />
      <div class="next-step">
        <h3>{t('card_next')}</h3>
        {next ? (
          <p>
            <span class="kind">{t(KIND_LABEL[next.kind])}</span> <span class="when">{whenDay(next.due, now)}</span>
          </p>
        ) : (
          <p class="empty">{t('card_next_none')}</p>
        )}
      </div>
    </article>
  );
}
