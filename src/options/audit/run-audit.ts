// The audit, entirely in the page: the export is streamed through the parsers into the
// collector, with a turn for the event loop after every batch so the page stays responsive.
import { AuditCollector, type AuditReport } from '../../core/audit.js';
import { readExport, type ExportReport, type ImportProgress } from '../../core/linkedin-export/index.js';
import { exportInputs } from '../import/files.js';
import { yieldToEventLoop } from '../import/yield.js';

export async function runAudit(
  files: readonly File[],
  signal: AbortSignal,
  onProgress: (p: ImportProgress) => void,
  now = Date.now(),
): Promise<{ report: AuditReport; export: ExportReport }> {
  const collector = new AuditCollector();
  const exported = await readExport(exportInputs(files), {
    signal,
    onProgress,
    onBatch: async (records) => {
      collector.add(records);
      await yieldToEventLoop();
    },
  });
  return { report: collector.report(now, exported.owner), export: exported };
}
