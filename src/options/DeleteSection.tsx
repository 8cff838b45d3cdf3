// Delete all data: a dialog that asks the user to type a word first (the second explicit step),
// then one worker call that empties the store and resets settings.
import { useState } from 'preact/hooks';
import { ask } from '../client.js';
import { errorText, Status } from '../ui/components.js';
import { Dialog } from '../ui/Dialog.js';
import { t } from '../ui/i18n.js';

export function DeleteSection() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const word = t('delete_word');
  const confirmed = typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();

  const close = (): void => {
    setOpen(false);
    setTyped('');
  };
  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await ask('data.deleteAll', { confirm: 'delete-all' });
      setOutcome({ tone: 'ok', text: t('delete_done') });
      close();
    } catch (e) {
      setOutcome({ tone: 'error', text: t('common_error', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="intro">{t('delete_intro')}</p>
      <p class="help">{t('delete_backup_first')}</p>
      <button type="button" class="danger" onClick={() => setOpen(true)}>
        {t('delete_button')}
      </button>
      {outcome && <Status tone={outcome.tone} text={outcome.text} />}
      <Dialog open={open} titleId="delete-title" onClose={close}>
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (confirmed && !busy) void remove();
          }}
        >
          <h2 id="delete-title">{t('delete_dialog_title')}</h2>
          <p>{t('delete_dialog_body')}</p>
          <label for="delete-confirm">{t('delete_type_word', word)}</label>
          <input id="delete-confirm" type="text" autocomplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
          <div class="button-row">
            <button type="button" onClick={close}>
              {t('common_cancel')}
            </button>
            <button type="submit" class="danger" disabled={!confirmed || busy}>
              {t('delete_confirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
