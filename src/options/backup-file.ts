// Backup files in and out of the page: a Blob behind a temporary <a download>, and the text of
// a picked file. Kept apart from the component so tests can stub the browser bits.
import type { BackupFile } from '../store/records.js';
import { downloadText } from './import/download.js';

export function backupFileName(at: number): string {
  const d = new Date(at);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `gatekeeper-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

export function downloadJson(backup: BackupFile, name: string): void {
  downloadText(name, JSON.stringify(backup), 'application/json');
}
