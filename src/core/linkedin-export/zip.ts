// Streaming zip reading with fflate's Unzip: entries are inflated as compressed chunks arrive
// and each chunk is handed on (awaited) before the next is read, so memory stays bounded.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ExportFileError } from './errors.js';
import { chunksOf } from './sources.js';
import type { ChunkSource } from './types.js';

export interface ZipEntrySink {
  write(chunk: Uint8Array): Promise<void>;
  /** `complete` is false when the zip ended (or broke) before the entry did. */
  end(complete: boolean, problem?: string): Promise<void>;
}

/** Called per entry; returns where its bytes go, or null to skip it unread. */
export type ZipEntryOpener = (entry: { path: string; size?: number }) => ZipEntrySink | null;

type Queued = { sink: ZipEntrySink; data: Uint8Array; final: boolean; error?: string };

function startsLikeZip(chunk: Uint8Array): boolean {
  return chunk[0] === 0x50 && chunk[1] === 0x4b && (chunk[2] === 3 || chunk[2] === 5) && (chunk[3] === 4 || chunk[3] === 6);
}

export function isZipStart(chunk: string | Uint8Array): boolean {
  return typeof chunk !== 'string' && startsLikeZip(chunk);
}

/**
 * Reads a zip, calling `open` for each file entry. Throws ExportFileError when the data is not a
 * zip or is cut off; entries already handed on keep their data.
 */
export async function readZip(
  zipName: string,
  source: ChunkSource,
  open: ZipEntryOpener,
  onBytes: (compressedBytesRead: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const queue: Queued[] = [];
  const active = new Set<ZipEntrySink>();
  let broken: string | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name.endsWith('/')) return;
    const sink = open({ path: file.name, ...(file.originalSize !== undefined ? { size: file.originalSize } : {}) });
    if (!sink) return;
    active.add(sink);
    file.ondata = (err, data, final) => {
      queue.push(err ? { sink, data: new Uint8Array(0), final: true, error: err.message } : { sink, data, final });
    };
    try {
      file.start();
    } catch (e) {
      queue.push({ sink, data: new Uint8Array(0), final: true, error: e instanceof Error ? e.message : String(e) });
    }
  });
  unzip.register(UnzipInflate);

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const item = queue.shift()!;
      if (!active.has(item.sink)) continue;
      if (item.data.length > 0) await item.sink.write(item.data);
      if (item.final) {
        active.delete(item.sink);
        await item.sink.end(!item.error, item.error);
      }
    }
  };

  let read = 0;
  let first = true;
  for await (const raw of chunksOf(source)) {
    signal?.throwIfAborted();
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    if (first && chunk.length > 0) {
      first = false;
      if (!startsLikeZip(chunk)) throw notAZip(zipName);
    }
    read += chunk.length;
    try {
      unzip.push(chunk);
    } catch (e) {
      broken = e instanceof Error ? e.message : String(e);
    }
    await drain();
    onBytes(read);
    if (broken) break;
  }
  if (first) throw notAZip(zipName);
  if (!broken) {
    try {
      unzip.push(new Uint8Array(0), true);
    } catch (e) {
      broken = e instanceof Error ? e.message : String(e);
    }
    await drain();
  }
  const cut = active.size > 0;
  for (const sink of active) await sink.end(false, broken ?? 'the zip ended early');
  if (broken || cut) {
    throw new ExportFileError(
      'truncated-zip',
      zipName,
      `"${zipName}" is damaged or incomplete (the download may have been cut off); what could be read was read. Download the export again.`,
    );
  }
}

function notAZip(zipName: string): ExportFileError {
  return new ExportFileError('not-a-zip', zipName, `"${zipName}" is not a zip file. Choose the .zip LinkedIn sent you, or the CSV files inside it.`);
}
