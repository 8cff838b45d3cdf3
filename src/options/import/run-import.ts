// One import run against the worker: begin → batches (one in flight while the next is parsed)
// → finish; on cancel or any failure, abort, which undoes everything the run wrote.
import { readExport, type ExportReport, type ImportProgress } from '../../core/linkedin-export/index.js';
import type { ImportRecord, ImportRunSummary, MessageType, PayloadOf, ResponseOf } from '../../messages.js';
import { exportInputs } from './files.js';
import { checkRecords, type ListedSkip } from './records.js';
import { yieldToEventLoop } from './yield.js';

export type Ask = <K extends MessageType>(type: K, payload: PayloadOf<K>) => Promise<ResponseOf<K>>;

/** Records per import.batch: one transaction each in the worker (fewer, larger ones commit faster). */
export const BATCH_SIZE = 2000;
/** Batches sent before the oldest must be answered: two keep the worker busy, memory stays bounded. */
const IN_FLIGHT = 2;
/** Records parsed between yields to the page: small, so frames keep coming while messages are classified. */
const PARSE_BATCH = 500;

export interface WrittenSoFar {
  records: number;
  added: number;
  created: number;
}

export interface ImportHooks {
  onRead(file: string, bytesRead: number): void;
  onProgress(progress: ImportProgress): void;
  onWritten(written: WrittenSoFar): void;
}

export type ImportOutcome =
  | { status: 'finished'; report: ExportReport; run: ImportRunSummary; rejected: ListedSkip[] }
  /** `undone` is false when import.abort itself failed: the worker undoes the run at the next begin. */
  | { status: 'cancelled'; undone: boolean }
  | { status: 'failed'; error: string; undone: boolean };

export async function runImport(files: readonly File[], ask: Ask, signal: AbortSignal, hooks: ImportHooks): Promise<ImportOutcome> {
  let runId: string | undefined;
  const written: WrittenSoFar = { records: 0, added: 0, created: 0 };
  const rejected: ListedSkip[] = [];
  // Batches sent and not yet answered, oldest first: the worker prepares one while it commits the
  // one before (see importBatch), and the page parses the next meanwhile. At most IN_FLIGHT.
  const inFlight: Promise<void>[] = [];
  let pending: ImportRecord[] = [];
  /** Waits until fewer than IN_FLIGHT batches are unanswered, then sends what is pending as the next one. */
  const send = async (id: string): Promise<void> => {
    while (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    // Cancelled while an earlier batch was being written: send nothing more.
    signal.throwIfAborted();
    const records = pending;
    pending = [];
    const batch = ask('import.batch', { runId: id, records }).then((got) => {
      written.records += got.records;
      written.added += got.added;
      written.created += got.created;
      hooks.onWritten({ ...written });
    });
    // Awaited by a later send or below; this only keeps a failure from being reported as unhandled meanwhile.
    batch.catch(() => undefined);
    inFlight.push(batch);
  };
  try {
    runId = (await ask('import.begin', { label: files.map((f) => f.name).join(', ').slice(0, 300) })).runId;
    signal.throwIfAborted();
    const id = runId;
    const report = await readExport(exportInputs(files, hooks.onRead), {
      signal,
      batchSize: PARSE_BATCH,
      onProgress: hooks.onProgress,
      onBatch: async (records) => {
        const checked = checkRecords(records);
        rejected.push(...checked.rejected);
        pending.push(...checked.valid);
        if (pending.length >= BATCH_SIZE) await send(id);
        await yieldToEventLoop();
      },
    });
    if (pending.length > 0) await send(id);
    for (const batch of inFlight) await batch;
    signal.throwIfAborted();
    const run = await ask('import.finish', { runId: id });
    return { status: 'finished', report, run, rejected };
  } catch (error) {
    // The abort must come after the batches still being written, or they would outlive it.
    await Promise.allSettled(inFlight);
    const undone = runId === undefined ? true : await ask('import.abort', { runId }).then(() => true, () => false);
    if (signal.aborted) return { status: 'cancelled', undone };
    return { status: 'failed', error: error instanceof Error ? error.message : String(error), undone };
  }
}
