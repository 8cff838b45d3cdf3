// Whole-file entry points over any chunk source (string, bytes, Node stream, File.stream()).
import { ExportFileParser, type FileParserOptions } from './file-parser.js';
import { chunksOf } from './sources.js';
import { kindFromName } from './file-names.js';
import type { ChunkSource, FileReport, OwnerInfo } from './types.js';

/**
 * Parses one export CSV. Records arrive through `options.onBatch` (awaited); the returned report
 * carries counts, skipped rows and, for an unreadable file, `error` (an ExportFileError).
 * Rejects only when `options.signal` aborts.
 */
export async function parseExportFile(name: string, source: ChunkSource, options: FileParserOptions = {}): Promise<FileReport> {
  const kind = options.kind ?? kindFromName(name);
  const parser = new ExportFileParser(name, kind ? { ...options, kind } : options);
  for await (const chunk of chunksOf(source)) {
    await parser.write(chunk);
    if (parser.failed) break;
  }
  return parser.end();
}

/**
 * The account owner according to one messages.csv or Invitations.csv (null when the file cannot
 * tell, e.g. a single conversation). Reads the whole file; no records are produced.
 */
export async function detectOwner(source: ChunkSource, options: { signal?: AbortSignal } = {}): Promise<OwnerInfo | null> {
  const report = await parseExportFile('(owner)', source, { ...options, isPitch: () => false });
  return report.owner ?? null;
}
