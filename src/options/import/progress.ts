// Progress as the user sees it: bytes of the chosen files read (a zip counts its compressed
// bytes; see files.ts), rows per file, records written. The parser reports far more often than a screen
// refreshes, so the tracker is mutated freely and rendered at most once per animation frame.
import type { ImportProgress } from '../../core/linkedin-export/index.js';
import type { WrittenSoFar } from './run-import.js';

export interface FileRows {
  name: string;
  rows: number;
}

export interface ProgressView {
  bytesDone: number;
  bytesTotal: number;
  /** Files in the order they were first read; the last one is being read now. */
  files: FileRows[];
  written: WrittenSoFar;
}

export class ProgressTracker {
  private readonly done = new Map<string, number>();
  private readonly rows = new Map<string, number>();
  private written: WrittenSoFar = { records: 0, added: 0, created: 0 };

  constructor(private readonly bytesTotal: number) {}

  read(file: string, bytesRead: number): void {
    this.done.set(file, bytesRead);
  }

  rowsOf(p: ImportProgress): void {
    this.rows.set(p.file, p.rows);
  }

  wrote(written: WrittenSoFar): void {
    this.written = written;
  }

  view(): ProgressView {
    let bytesDone = 0;
    for (const n of this.done.values()) bytesDone += n;
    return {
      bytesDone: Math.min(bytesDone, this.bytesTotal),
      bytesTotal: this.bytesTotal,
      files: [...this.rows].map(([name, rows]) => ({ name, rows })),
      written: this.written,
    };
  }
}

/** Calls `apply` at most once per animation frame with the latest state. */
export function frameThrottle(apply: () => void): { request(): void; cancel(): void } {
  let frame: number | null = null;
  return {
    request() {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        apply();
      });
    },
    cancel() {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    },
  };
}
