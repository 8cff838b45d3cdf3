// Chosen files as the parsers' inputs, read in 16 KB pieces whose bytes are counted as they are
// handed over: the parsers consume each piece before asking for the next, so this count is the
// progress. (A zip's own byte count only advances after its entries' batches are written.)
import type { ExportInput } from '../../core/linkedin-export/index.js';

const SLICE = 16 * 1024;

export type OnRead = (file: string, bytesRead: number) => void;

async function* counted(file: File, onRead: OnRead | undefined): AsyncGenerator<Uint8Array> {
  // File.stream() reads the file afresh on every call, so the Audit tab can read it again.
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      for (let i = 0; i < value.length; i += SLICE) {
        const piece = value.subarray(i, i + SLICE);
        read += piece.length;
        onRead?.(file.name, read);
        yield piece;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

export function exportInputs(files: readonly File[], onRead?: OnRead): ExportInput[] {
  return files.map((file) => ({ name: file.name, size: file.size, data: counted(file, onRead) }));
}
