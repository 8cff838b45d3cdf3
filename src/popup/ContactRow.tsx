// One contact in a list: name (opens the profile in a new tab), headline, connection day, stage.
import type { ContactListItem } from '../messages.js';
import { StageChip } from '../ui/components.js';
import { formatDay, relativeDay } from '../ui/format.js';
import { t } from '../ui/i18n.js';
import { openLinkedIn } from './actions.js';

export function ContactRow({ contact, now }: { contact: ContactListItem; now: number }) {
  const name = contact.name ?? t('popup_unknown_name');
  const url = contact.profileUrl;
  return (
    <li class="row">
      <div class="row-main">
        {url ? (
          <a
            class="name"
            href={url}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              // A popup link would open in the popup's own window; tabs.create opens a real tab.
              e.preventDefault();
              void openLinkedIn(url);
            }}
          >
            {name}
          </a>
        ) : (
          <span class="name">{name}</span>
        )}
        {contact.headline && <span class="sub">{contact.headline}</span>}
        {contact.connectedOn !== undefined && (
          <span class="sub">
            <time dateTime={new Date(contact.connectedOn).toISOString()} title={formatDay(contact.connectedOn, now)}>
              {t('popup_connected_when', relativeDay(contact.connectedOn, now))}
            </time>
          </span>
        )}
      </div>
      <StageChip stage={contact.stage} />
    </li>
  );
}
