// Backup and restore: everything as one JSON file out; a file in replaces everything, after a
// second explicit step. The worker validates the whole file before one all-or-nothing write,
// so a corrupt file changes nothing and its error is shown as is.
import { useRef, useState } from 'preact/hooks';
import { ask } from '../client.js';
import { errorText, Status } from '../ui/components.js';
import { t } from '../ui/i18n.js';
import { backupFileName, downloadJson } from './backup-file.js';

type Outcome = { tone: 'ok' | 'error'; text: string } | null;

export function BackupSection() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<string>, fail: (e: string) => string): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ tone: 'ok', text: await work() });
    } catch (e) {
      setOutcome({ tone: 'error', text: fail(errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    run(
      async () => {
        const { backup } = await ask('backup.export', {});
        const name = backupFileName(backup.exportedAt);
        downloadJson(backup, name);
        return t('backup_downloaded', name, backup.contacts.length);
      },
      (e) => t('backup_export_failed', e),
    );

  const restore = (chosen: File) =>
    run(
      async () => {
        const r = await ask('backup.restore', { json: await chosen.text() });
        setFile(null);
        if (input.current) input.current.value = '';
        return t('backup_restored', r.contacts, r.events, r.reminders) + (r.settings ? ` ${t('backup_restored_settings')}` : '');
      },
      (e) => t('backup_restore_failed', e),
    );

  return (
    <>
      <p class="intro">{t('backup_intro')}</p>
      <div class="panel">
        <h3>{t('backup_download_h')}</h3>
        <p class="help">{t('backup_download_help')}</p>
        <button type="button" class="primary" disabled={busy} onClick={() => void download()}>
          {t('backup_download')}
        </button>
      </div>
      <div class="panel">
        <h3>{t('backup_restore_h')}</h3>
        <p class="help" id="restore-help">
          {t('backup_restore_help')}
        </p>
        <label for="restore-file">{t('backup_restore_label')}</label>
        <input
          id="restore-file"
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-describedby="restore-help"
          disabled={busy}
          onChange={(e) => {
            setOutcome(null);
            setFile(e.currentTarget.files?.[0] ?? null);
          }}
        />
        {file && (
          <div class="confirm-row">
            <p>{t('backup_restore_confirm', file.name)}</p>
            <button type="button" class="danger" disabled={busy} onClick={() => void restore(file)}>
              {t('backup_restore_button')}
            </button>
          </div>
        )}
      </div>
      {busy && <p class="loading">{t('common_working')}</p>}
      {outcome && <Status tone={outcome.tone} text={outcome.text} />}
    </>
  );
}
