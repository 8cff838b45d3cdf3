// Search contacts by name: a prefix search in the worker's name directory, 20 at a time, debounced.
// Answers to an older query are dropped, so fast typing never shows stale results.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../client.js';
import type { ContactListItem } from '../messages.js';
import { ErrorLine, errorText } from '../ui/components.js';
import { t } from '../ui/i18n.js';
import { ContactRow } from './ContactRow.js';

export const SEARCH_DEBOUNCE_MS = 200;
export const SEARCH_PAGE = 20;

interface Results {
  query: string;
  items: ContactListItem[];
  next: string | null;
}

export function Search({ onActive }: { onActive: (active: boolean) => void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef('');

  const fetchPage = async (prefix: string, cursor?: string): Promise<void> => {
    try {
      const page = await ask('contacts.search', { prefix, limit: SEARCH_PAGE, ...(cursor ? { cursor } : {}) });
      if (latest.current !== prefix) return;
      setError(null);
      setResults((prev) => ({ query: prefix, items: cursor && prev ? [...prev.items, ...page.items] : page.items, next: page.next }));
    } catch (e) {
      if (latest.current === prefix) setError(errorText(e));
    }
  };

  useEffect(() => {
    const prefix = query.trim();
    latest.current = prefix;
    onActive(prefix !== '');
    if (prefix === '') {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => void fetchPage(prefix), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const now = Date.now();
  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" for="search" class="sr-only">
        {t('popup_search_label')}
      </label>
      <input
        id="search"
        type="search"
        placeholder={t('popup_search_placeholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        // The worker reads every name once for its first search: start that before the first keystroke.
        onFocus={() => void ask('contacts.search', { prefix: '', limit: 1 }).catch(() => undefined)}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {error && <ErrorLine error={error} />}
      {results && results.query === query.trim() && (
        <div class="results" aria-live="polite">
          {results.items.length === 0 ? (
            <p class="empty">{t('popup_search_none', results.query)}</p>
          ) : (
            <ul class="rows" aria-label={t('popup_search_results')}>
              {results.items.map((c) => (
                <ContactRow key={c.id} contact={c} now={now} />
              ))}
            </ul>
          )}
          {results.next && (
            <button type="button" class="more" onClick={() => void fetchPage(results.query, results.next ?? undefined)}>
              {t('common_more')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
