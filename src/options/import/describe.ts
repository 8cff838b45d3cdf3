// Plain words for what went wrong: per-file errors by code (the parser's own English messages
// are for the CLI), and skip reasons.
import type { FileReport } from '../../core/linkedin-export/index.js';
import { t, type MessageKey } from '../../ui/i18n.js';
import { num } from './numbers.js';

const ERROR_KEYS: Record<string, MessageKey> = {
  'not-a-zip': 'import_error_not_a_zip',
  'truncated-zip': 'import_error_truncated_zip',
  'truncated-file': 'import_error_truncated_file',
  'missing-header': 'import_error_missing_header',
  'wrong-file': 'import_error_wrong_file',
  'empty-file': 'import_error_empty_file',
  unreadable: 'import_error_unreadable',
  'no-export-files': 'import_error_no_export_files',
};

export function fileErrorText(file: FileReport): string | null {
  if (!file.error) return null;
  return t(ERROR_KEYS[file.error.code] ?? 'import_error_unreadable', file.file, num(file.rows));
}

const REASON_KEYS: Record<string, MessageKey> = {
  'no-profile-url': 'import_skip_no_profile_url',
  'hidden-profile': 'import_skip_hidden_profile',
  'bad-date': 'import_skip_bad_date',
  draft: 'import_skip_draft',
  sponsored: 'import_skip_sponsored',
  'owner-unknown': 'import_skip_owner_unknown',
  'no-recipient': 'import_skip_no_recipient',
  'bad-direction': 'import_skip_bad_direction',
  'short-row': 'import_skip_short_row',
  'invalid-record': 'import_skip_invalid_record',
};

export function skipReasonText(reason: string): string {
  const key = REASON_KEYS[reason];
  return key ? t(key) : reason;
}
