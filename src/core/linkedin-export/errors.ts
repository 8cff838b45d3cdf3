// One error type for everything that can be wrong with a file, worded for the person importing.

export type ExportErrorCode =
  | 'not-a-zip'
  | 'truncated-zip'
  | 'truncated-file'
  | 'missing-header'
  | 'wrong-file'
  | 'empty-file'
  | 'unreadable'
  | 'no-export-files';

/** A file (or zip) that cannot be read, or not completely. Parsers throw nothing else on bad input. */
export class ExportFileError extends Error {
  override readonly name = 'ExportFileError';
  constructor(
    readonly code: ExportErrorCode,
    /** The file name as the user knows it ("Connections.csv", "Basic_LinkedInDataExport_….zip"). */
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const FILE_TITLES = {
  connections: 'Connections.csv',
  messages: 'messages.csv',
  invitations: 'Invitations.csv',
} as const;

export function missingHeader(file: string, expected?: keyof typeof FILE_TITLES): ExportFileError {
  const what = expected ? `LinkedIn's ${FILE_TITLES[expected]}` : 'a file from LinkedIn\'s data export';
  return new ExportFileError(
    expected ? 'missing-header' : 'wrong-file',
    file,
    `"${file}" does not look like ${what}: its column headings are missing or different. ` +
      'Use the files from the zip LinkedIn sends (Settings → Data privacy → Get a copy of your data).',
  );
}

export function truncatedFile(file: string, row: number): ExportFileError {
  return new ExportFileError(
    'truncated-file',
    file,
    `"${file}" looks cut off at row ${row}; the rows before it were read. Download the export again if rows are missing.`,
  );
}

export function emptyFile(file: string): ExportFileError {
  return new ExportFileError('empty-file', file, `"${file}" is empty.`);
}
