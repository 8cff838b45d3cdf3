// LinkedIn data export → contact records with relationship events (see types.ts).
export * from './types.js';
export { ExportFileError, type ExportErrorCode } from './errors.js';
export { parseExportFile, detectOwner } from './parse.js';
export { ExportFileParser, type FileParserOptions } from './file-parser.js';
export { readExport, type ExportInput } from './read-export.js';
export { kindFromName } from './file-names.js';
export { OwnerTally } from './owner.js';
export { parseDay, parseDateTime } from './export-dates.js';
