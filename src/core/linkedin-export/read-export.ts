// The whole export: a zip as LinkedIn delivers it, or loose CSV files. Files are identified by
// name, loose files failing that by their header; each file succeeds or fails on its own.
import { ExportFileError } from './errors.js';
import { ExportFileParser } from './file-parser.js';
import { baseName, kindFromName } from './file-names.js';
import { chunksOf } from './sources.js';
import { isZipStart, readZip, type ZipEntrySink } from './zip.js';
import type { ChunkSource, ExportFileKind, ExportReport, FileReport, OwnerInfo, ParseOptions } from './types.js';

/** One input file: a File (`{ name: f.name, size: f.size, data: f.stream() }`) or a Node stream. */
export interface ExportInput {
  name: string;
  size?: number;
  data: ChunkSource;
}

/** Invitations first: they name the owner, which messages.csv needs for direction. */
const ORDER: Record<ExportFileKind, number> = { invitations: 0, messages: 1, connections: 2 };

function failedReport(error: ExportFileError): FileReport {
  return { file: error.file, rows: 0, records: 0, skipped: [], skippedByReason: {}, error };
}

/**
 * Reads every input (zips and/or CSVs). Records arrive through `options.onBatch`; per-file
 * problems land in the report, never as a rejection. Rejects only when `options.signal` aborts.
 */
export async function readExport(inputs: ExportInput[], options: ParseOptions = {}): Promise<ExportReport> {
  const report: ExportReport = { files: [], ignored: [], records: 0 };
  let owner: OwnerInfo | undefined = options.owner;
  const sorted = [...inputs].sort((a, b) => rank(a.name) - rank(b.name));
  const note = (file: FileReport): void => {
    report.files.push(file);
    report.records += file.records;
    if (file.owner && !owner) owner = file.owner;
  };
  for (const input of sorted) {
    options.signal?.throwIfAborted();
    const chunks = chunksOf(input.data);
    const first = await chunks.next();
    const rest = prepend(first.done ? undefined : first.value, chunks);
    const zip = /\.zip$/i.test(input.name) || (!first.done && isZipStart(first.value));
    if (zip) {
      await readZipExport(input, rest, options, () => owner, note, report.ignored);
      continue;
    }
    const parser = new ExportFileParser(input.name, withOwner(options, owner, kindFromName(input.name), input.size));
    for await (const chunk of rest) {
      await parser.write(chunk);
      if (parser.failed) break;
    }
    note(await parser.end());
  }
  if (owner) report.owner = owner;
  return report;
}

async function readZipExport(
  input: ExportInput,
  data: AsyncIterable<string | Uint8Array>,
  options: ParseOptions,
  owner: () => OwnerInfo | undefined,
  note: (file: FileReport) => void,
  ignored: string[],
): Promise<void> {
  let found = 0;
  let zipBytes = 0;
  const archive = (): { name: string; bytesRead: number; totalBytes?: number } =>
    input.size !== undefined ? { name: input.name, bytesRead: zipBytes, totalBytes: input.size } : { name: input.name, bytesRead: zipBytes };
  const open = ({ path, size }: { path: string; size?: number }): ZipEntrySink | null => {
    const kind = kindFromName(path);
    if (!kind) {
      ignored.push(path);
      return null;
    }
    found++;
    const base = withOwner(options, owner(), kind, size);
    const onProgress = options.onProgress;
    const parser = new ExportFileParser(baseName(path), {
      ...base,
      ...(onProgress ? { onProgress: (p) => onProgress({ ...p, archive: archive() }) } : {}),
    });
    return {
      write: (chunk) => (parser.failed ? Promise.resolve() : parser.write(chunk)),
      end: async (complete) => {
        const file = await parser.end();
        if (!complete && !file.error) {
          file.error = new ExportFileError(
            'truncated-file',
            file.file,
            `"${file.file}" is cut off inside the zip; the rows before the cut were read.`,
          );
        }
        note(file);
      },
    };
  };
  try {
    await readZip(input.name, data, open, (n) => (zipBytes = n), options.signal);
  } catch (e) {
    if (!(e instanceof ExportFileError)) throw e;
    note(failedReport(e));
    return;
  }
  if (found === 0) {
    note(
      failedReport(
        new ExportFileError(
          'no-export-files',
          input.name,
          `"${input.name}" has none of Connections.csv, messages.csv or Invitations.csv. Is it LinkedIn's data export?`,
        ),
      ),
    );
  }
}

function withOwner(options: ParseOptions, owner: OwnerInfo | undefined, kind: ExportFileKind | undefined, size: number | undefined) {
  return {
    ...options,
    ...(owner ? { owner } : {}),
    ...(kind ? { kind } : {}),
    ...(size !== undefined ? { totalBytes: size } : {}),
  };
}

function rank(name: string): number {
  if (/\.zip$/i.test(name)) return -1;
  const kind = kindFromName(name);
  return kind ? ORDER[kind] : 3;
}

async function* prepend<T>(head: T | undefined, rest: AsyncIterator<T>): AsyncGenerator<T> {
  if (head !== undefined) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
