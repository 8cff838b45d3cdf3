// The import lives here, not in the panel: the options page shows one tab at a time, and
// switching to another tab (or following "Open the Audit tab") must neither stop an import nor
// lose its summary. The panel subscribes; only closing the page ends a run early.
import { ask } from '../../client.js';
import { frameThrottle, ProgressTracker, type ProgressView } from './progress.js';
import { runImport, type ImportOutcome } from './run-import.js';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; view: ProgressView; cancelling: boolean }
  | { phase: 'done'; outcome: ImportOutcome };

let state: ImportState = { phase: 'idle' };
let controller: AbortController | null = null;
/** The files of the last finished import: the Audit tab can read them again (File.stream() restarts). */
let lastFiles: readonly File[] = [];
const listeners = new Set<() => void>();

function set(next: ImportState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function importState(): ImportState {
  return state;
}

export function lastImportFiles(): readonly File[] {
  return lastFiles;
}

/** Calls back on every change (state or last files); returns the unsubscribe. */
export function subscribeImport(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Closing the page mid-import would leave a half run (undone at the next import): ask first. */
function holdPage(e: BeforeUnloadEvent): void {
  e.preventDefault();
}

export async function startImport(files: readonly File[]): Promise<void> {
  if (controller) return;
  const current = new AbortController();
  controller = current;
  const tracker = new ProgressTracker(files.reduce((n, f) => n + f.size, 0));
  const frames = frameThrottle(() => {
    if (state.phase === 'running') set({ ...state, view: tracker.view() });
  });
  set({ phase: 'running', view: tracker.view(), cancelling: false });
  addEventListener('beforeunload', holdPage);
  try {
    const outcome = await runImport(files, ask, current.signal, {
      onRead: (file, bytesRead) => {
        tracker.read(file, bytesRead);
        frames.request();
      },
      onProgress: (p) => {
        tracker.rowsOf(p);
        frames.request();
      },
      onWritten: (w) => {
        tracker.wrote(w);
        frames.request();
      },
    });
    if (outcome.status === 'finished') lastFiles = files;
    set({ phase: 'done', outcome });
  } finally {
    frames.cancel();
    removeEventListener('beforeunload', holdPage);
    controller = null;
  }
}

export function cancelImport(): void {
  if (!controller || state.phase !== 'running') return;
  controller.abort();
  set({ ...state, cancelling: true });
}
