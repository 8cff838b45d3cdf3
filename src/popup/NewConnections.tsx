// This week's new connections with their stage.
import type { ContactListItem } from '../messages.js';
import { t, tn } from '../ui/i18n.js';
import { ContactRow } from './ContactRow.js';

export function NewConnections({ items, total, now }: { items: ContactListItem[]; total: number; now: number }) {
  if (items.length === 0) return <p class="empty">{t('popup_new_empty')}</p>;
  return (
    <>
      <ul class="rows">
        {items.map((c) => (
          <ContactRow key={c.id} contact={c} now={now} />
        ))}
      </ul>
      {total > items.length && <p class="more-note">{tn('popup_more_new', total - items.length)}</p>}
    </>
  );
}
