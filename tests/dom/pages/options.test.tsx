import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/types.js';
import { resetAll, settle, storage, worker } from './harness.js';

vi.mock('../../../src/platform/index.js', async () => (await import('./harness.js')).platformMock);
vi.mock('../../../src/client.js', async () => ({ ask: (await import('./harness.js')).fakeAsk }));
// The Import and Audit panels are another engineer's, with their own tests.
vi.mock('../../../src/options/import/ImportPanel.js', () => ({ ImportPanel: () => <p>import panel</p> }));
vi.mock('../../../src/options/audit/AuditPanel.js', () => ({ AuditPanel: () => <p>audit panel</p> }));

await import('./english.js');
const { App } = await import('../../../src/options/App.js');

let root: HTMLElement;
const q = <T extends Element = HTMLElement>(sel: string): T | null => root.querySelector<T>(sel);
const stored = (): Settings => storage.data.settings as Settings;
const button = (label: string, within: ParentNode = document): HTMLButtonElement => {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

function typeInto(input: HTMLInputElement, value: string, commit = true): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function open(section: string): Promise<void> {
  location.hash = `#${section}`;
  root = document.createElement('div');
  document.body.append(root);
  render(<App />, root);
  await vi.waitFor(() => expect(q('[data-gatekeeper-options="ready"]')).not.toBeNull());
  await vi.waitFor(() => expect(q('main')?.getAttribute('data-section')).toBe(section));
}

describe('options page', () => {
  beforeEach(() => {
    resetAll();
    storage.data.settings = structuredClone(DEFAULT_SETTINGS);
  });
  afterEach(() => {
    render(null, root);
    location.hash = '';
  });

  it('lists every section in the nav and follows the hash', async () => {
    await open('policy');
    const links = [...root.querySelectorAll('nav a')].map((a) => a.textContent);
    expect(links).toEqual(['Policy', 'Warm-up cadence', 'Notifications', 'Allow-list', 'Import', 'Audit', 'Backup & restore', 'Delete all data', 'Privacy']);
    expect(q('nav a[aria-current="page"]')?.textContent).toBe('Policy');
    location.hash = '#import';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(root.textContent).toContain('import panel'));
    expect(document.activeElement?.id).toBe('section-h');
  });

  it('saves a valid whole number and refuses anything else', async () => {
    await open('policy');
    const days = q<HTMLInputElement>('#min-days')!;
    typeInto(days, '3.5');
    await settle();
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(q('#min-days-error')?.textContent).toBe('Enter a whole number from 0 to 365.');
    expect(stored().minDaysBeforePitch).toBe(7);
    typeInto(days, '400');
    await settle();
    expect(stored().minDaysBeforePitch).toBe(7);
    typeInto(days, '10');
    // A save is a storage round trip: give a loaded CI machine more than vi.waitFor's default 1 s.
    await vi.waitFor(() => expect(stored().minDaysBeforePitch).toBe(10), { timeout: 5000 });
    expect(q('#min-days-error')).toBeNull();
    await vi.waitFor(() => expect(root.textContent).toContain('Saved.'), { timeout: 5000 });
  });

  it('mutes a rule, keeps at least one language, and toggles caution confirmation', async () => {
    await open('policy');
    const mute = q<HTMLInputElement>('#mute-calendar-link')!;
    expect(mute.closest('li')?.textContent).toContain('Booking links');
    mute.click();
    await vi.waitFor(() => expect(stored().mutedRules).toEqual(['calendar-link']));
    const langs = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    for (const box of langs.slice(1)) {
      box.click();
      await settle();
    }
    await vi.waitFor(() => expect(stored().languages).toEqual(['en']));
    langs[0]!.click();
    await settle();
    expect(stored().languages).toEqual(['en']);
    expect(root.textContent).toContain('Choose at least one language.');
    q<HTMLInputElement>('#confirm-caution')!.click();
    await vi.waitFor(() => expect(stored().confirmOnCaution).toBe(true));
  });

  it('shows a change made elsewhere (storage.onChanged) without a reload', async () => {
    await open('policy');
    storage.data.settings = { ...stored(), minWarmTouches: 5 };
    for (const l of storage.listeners) l({ settings: { newValue: storage.data.settings } }, 'local');
    await vi.waitFor(() => expect(q<HTMLInputElement>('#min-touches')!.value).toBe('5'));
  });

  it('edits the cadence: reorder, validation, add, remove, save', async () => {
    await open('cadence');
    const days = () => [...root.querySelectorAll<HTMLInputElement>('.cadence input[type="number"]')];
    expect(days().map((d) => d.value)).toEqual(['0', '2', '5', '7']);
    button('↓', root.querySelector('.cadence li')!).click();
    await settle();
    expect(days().map((d) => d.value)).toEqual(['2', '0', '5', '7']);
    expect(q('#cadence-error')?.textContent).toContain('Step 2');
    expect(button('Save cadence').disabled).toBe(true);
    typeInto(days()[1]!, '3', false);
    await settle();
    expect(q('#cadence-error')).toBeNull();
    button('Add a step').click();
    await settle();
    expect(days().map((d) => d.value)).toEqual(['2', '3', '5', '7', '9']);
    root.querySelector<HTMLButtonElement>('[aria-label="Remove step 1"]')!.click();
    await settle();
    button('Save cadence').click();
    await vi.waitFor(() => expect(stored().cadence.map((c) => c.day)).toEqual([3, 5, 7, 9]));
    expect(stored().cadence[0]!.kind).toBe('thank');
  });

  it('turns notifications on (they start off)', async () => {
    await open('notifications');
    const box = q<HTMLInputElement>('#notifications')!;
    expect(box.checked).toBe(false);
    box.click();
    await vi.waitFor(() => expect(stored().notifications).toBe(true));
  });

  it('pages the allow-list and removes someone by their alias', async () => {
    worker.on('allowList.list', (p) => ({
      items: p.cursor ? [{ id: 'c_3', name: 'Cy', stage: 'warm', allowListed: true, profileUrl: 'https://www.linkedin.com/in/cy/' }] : [{ id: 'c_1', name: 'Ann', stage: 'warm', allowListed: true, profileUrl: 'https://www.linkedin.com/in/ann/' }],
      next: p.cursor ? null : 'n1',
    }));
    worker.on('contact.allowList', () => ({ contactId: 'c_1' }));
    await open('allow-list');
    await vi.waitFor(() => expect(root.textContent).toContain('Ann'));
    button('Show more').click();
    await vi.waitFor(() => expect(root.textContent).toContain('Cy'));
    root.querySelector<HTMLButtonElement>('[aria-label="Remove Ann from the allow-list"]')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('Ann was removed from the allow-list.'));
    expect(worker.of('contact.allowList')).toEqual([{ contact: { aliases: ['slug:ann'] }, allowListed: false }]);
  });

  it('restores a backup only after the second step, and shows a refusal as such', async () => {
    worker.on('backup.restore', (p) => {
      if (p.json === 'not json') throw new Error('Backup file is not valid JSON');
      return { contacts: 2, events: 5, reminders: 1, settings: true };
    });
    await open('backup');
    const input = q<HTMLInputElement>('#restore-file')!;
    const pick = async (content: string) => {
      Object.defineProperty(input, 'files', { value: [new File([content], 'backup.json', { type: 'application/json' })], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    };
    await pick('not json');
    expect(worker.of('backup.restore')).toHaveLength(0);
    button('Replace my data with this backup').click();
    await vi.waitFor(() => expect(q('[role="alert"]')?.textContent).toBe('Nothing was changed. The file could not be restored: Backup file is not valid JSON'));
    await pick('{"format":"gatekeeper-backup"}');
    button('Replace my data with this backup').click();
    await vi.waitFor(() => expect(root.textContent).toContain('Restored 2 contacts, 5 facts and 1 reminders. Settings restored too.'));
  });

  it('deletes everything only after the confirmation word; Esc cancels', async () => {
    worker.on('data.deleteAll', () => ({ deleted: true }));
    await open('delete');
    const dialog = q<HTMLDialogElement>('dialog')!;
    button('Delete all data…').click();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    button('Delete all data…').click();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    const confirm = button('Delete everything', dialog);
    expect(confirm.disabled).toBe(true);
    typeInto(q<HTMLInputElement>('#delete-confirm')!, 'Delete', false);
    await settle();
    expect(confirm.disabled).toBe(false);
    confirm.click();
    await vi.waitFor(() => expect(root.textContent).toContain('All data deleted.'));
    expect(worker.of('data.deleteAll')).toEqual([{ confirm: 'delete-all' }]);
    await vi.waitFor(() => expect(dialog.open).toBe(false));
  });
});
