// Which languages the pitch detector considers; at least one must stay on.
import { useState } from 'preact/hooks';
import { LANGS, type Lang } from '../core/types.js';
import { t, type MessageKey } from '../ui/i18n.js';

const LANG_LABEL: Readonly<Record<Lang, MessageKey>> = { en: 'lang_en', es: 'lang_es', fr: 'lang_fr', de: 'lang_de', pt: 'lang_pt' };

export function LanguagesField({ value, onChange }: { value: readonly Lang[]; onChange: (langs: Lang[]) => void }) {
  const [refused, setRefused] = useState(false);
  const toggle = (lang: Lang, on: boolean): void => {
    const next = LANGS.filter((l) => (l === lang ? on : value.includes(l)));
    setRefused(next.length === 0);
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset class="field">
      <legend>{t('policy_languages')}</legend>
      <p class="help" id="langs-help">
        {t('policy_languages_help')}
      </p>
      <div class="checks">
        {LANGS.map((l) => (
          <label key={l} class="check">
            <input type="checkbox" checked={value.includes(l)} aria-describedby="langs-help" onChange={(e) => toggle(l, e.currentTarget.checked)} />
            {t(LANG_LABEL[l])}
          </label>
        ))}
      </div>
      {refused && (
        <p class="field-error" role="alert">
          {t('policy_languages_min')}
        </p>
      )}
    </fieldset>
  );
}
