import { beforeEach, describe, expect, it, vi } from 'vitest';
import deCatalog from '../../../public/_locales/de/messages.json';
import enCatalog from '../../../public/_locales/en/messages.json';

vi.mock('../../../src/platform/index.js', async () => (await import('./harness.js')).platformMock);
// t() reads the browser's messages natively (the content script shares it).
vi.mock('../../../src/platform/native.js', async () => ({ getMessage: (await import('./harness.js')).platformMock.getMessage }));

// The DOM setup already loaded i18n with the real platform; load it again under the mocks.
vi.resetModules();
const { platform, resetAll } = await import('./harness.js');
const { setFallbackCatalog, t, tn, uiLocale } = await import('../../../src/ui/i18n.js');

describe('t()', () => {
  beforeEach(() => {
    resetAll();
    setFallbackCatalog(enCatalog);
  });

  it('uses the browser’s message when there is one', () => {
    platform.messages.popup_due_heading = 'Jetzt fällig';
    expect(t('popup_due_heading')).toBe('Jetzt fällig');
  });

  it('falls back to the installed catalogue, with positional substitutions', () => {
    expect(t('popup_due_heading')).toBe('Due now');
    expect(t('card_connected_on', 'Mon, 3 Mar', '5 days ago')).toBe('Connected Mon, 3 Mar · 5 days ago');
    expect(t('val_integer', 0, 365)).toBe('Enter a whole number from 0 to 365.');
  });

  it('shows the key itself for a key no catalogue has, never a blank', () => {
    expect(t('no_such_key' as never)).toBe('no_such_key');
    setFallbackCatalog({});
    expect(t('popup_due_heading')).toBe('popup_due_heading');
  });

  it('picks plural forms by the UI language', () => {
    expect(tn('popup_snooze_days', 1)).toBe('1 day');
    expect(tn('popup_snooze_days', 7)).toBe('7 days');
    platform.messages['@@ui_locale'] = 'de';
    platform.messages.popup_snooze_days_one = '$1 Tag';
    platform.messages.popup_snooze_days_other = '$1 Tagen';
    expect(uiLocale()).toBe('de');
    expect(tn('popup_snooze_days', 3)).toBe('3 Tagen');
  });

  it('reads the UI locale as a BCP 47 tag', () => {
    platform.messages['@@ui_locale'] = 'en_GB';
    expect(uiLocale()).toBe('en-GB');
  });
});

describe('locale files', () => {
  it('German has every key English has (and no others), with the same placeholders', () => {
    const en: Record<string, { message: string }> = enCatalog;
    const de: Record<string, { message: string }> = deCatalog;
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => [...new Set(s.match(/\$\d/g))].sort();
    for (const [key, { message }] of Object.entries(de)) expect(holes(message), key).toEqual(holes(en[key]?.message ?? ''));
  });
});
