// The allow-list ("I know this person"): paged, newest first, each removable.
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../client.js';
import { profileAliasFromUrl } from '../core/profile-url.js';
import type { ContactListItem } from '../messages.js';
import { ErrorLine, errorText, Status } from '../ui/components.js';
import { t } from '../ui/i18n.js';

export const ALLOW_PAGE = 25;

interface Listed {
  items: ContactListItem[];
  next: string | null;
}

export function AllowListSection() {
  const [list, setList] = useState<Listed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const load = async (cursor?: string): Promise<void> => {
    try {
      const page = await ask('allowList.list', { limit: ALLOW_PAGE, ...(cursor ? { cursor } : {}) });
      setList((prev) => ({ items: cursor && prev ? [...prev.items, ...page.items] : page.items, next: page.next }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => void load(), []);

  const remove = async (c: ContactListItem): Promise<void> => {
    const alias = c.profileUrl ? profileAliasFromUrl(c.profileUrl) : null;
    try {
      // The protocol names people by alias; every stored contact has one, so its profile URL does too.
      const aliases = alias ? [alias] : (await ask('contact.detail', { contactId: c.id })).contact.aliases;
      await ask('contact.allowList', { contact: { aliases }, allowListed: false });
      setList((prev) => prev && { ...prev, items: prev.items.filter((x) => x.id !== c.id) });
      setStatus(t('allow_removed', c.name ?? t('popup_unknown_name')));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      <p class="intro">{t('allow_intro')}</p>
      {error && <ErrorLine error={error} onRetry={() => void load()} />}
      {list === null ? (
        !error && <p class="loading">{t('common_loading')}</p>
      ) : list.items.length === 0 ? (
        <p class="empty">{t('allow_empty')}</p>
      ) : (
        <ul class="rows allow-list">
          {list.items.map((c) => {
            const name = c.name ?? t('popup_unknown_name');
            return (
              <li key={c.id} class="row">
                <div class="row-main">
                  <span class="name">{name}</span>
                  {c.headline && <span class="sub">{c.headline}</span>}
                </div>
                <button type="button" aria-label={t('allow_remove_named', name)} onClick={() => void remove(c)}>
                  {t('allow_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {list?.next && (
        <button type="button" class="more" onClick={() => void load(list.next ?? undefined)}>
          {t('common_more')}
        </button>
      )}
      <Status tone="ok" text={status} />
    </>
  );
}
