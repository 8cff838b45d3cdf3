// The Import/Audit panels in happy-dom: a scripted worker behind `ask` (merging by alias,
// counting new facts like the store does), files handed over the way the picker and the drop
// zone receive them, and the bundled English catalogue (getMessage answers '' here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { ImportRecord } from '../../../src/messages.js';

export interface Call {
  type: string;
  payload: Record<string, unknown>;
}

/** A worker that stores facts per alias, so importing twice adds nothing the second time. */
export class FakeWorker {
  calls: Call[] = [];
  facts = new Set<string>();
  contacts = new Set<string>();
  private runs = 0;
  private journal: { facts: string[]; contacts: string[] } = { facts: [], contacts: [] };
  /** When set, every batch after the first `gateAfter` waits for this promise before answering. */
  gate: Promise<void> | null = null;
  gateAfter = 0;

  of(type: string): Call[] {
    return this.calls.filter((c) => c.type === type);
  }

  ask = async (type: string, payload: Record<string, unknown>): Promise<unknown> => {
    this.calls.push({ type, payload });
    switch (type) {
      case 'import.begin':
        this.journal = { facts: [], contacts: [] };
        return { runId: `run_${++this.runs}` };
      case 'import.batch': {
        if (this.gate && this.of('import.batch').length > this.gateAfter) await this.gate;
        const records = payload.records as ImportRecord[];
        let added = 0;
        let created = 0;
        for (const r of records) {
          const alias = r.aliases[0]!;
          if (!this.contacts.has(alias)) {
            this.contacts.add(alias);
            this.journal.contacts.push(alias);
            created++;
          }
          for (const e of r.events) {
            const id = `${alias}|${e.key}`;
            if (this.facts.has(id)) continue;
            this.facts.add(id);
            this.journal.facts.push(id);
            added++;
          }
        }
        return { records: records.length, added, created };
      }
      case 'import.finish':
      case 'import.abort': {
        if (type === 'import.abort') {
          for (const f of this.journal.facts) this.facts.delete(f);
          for (const c of this.journal.contacts) this.contacts.delete(c);
        }
        const batches = this.of('import.batch').filter((c) => c.payload.runId === payload.runId);
        const sum = (k: 'records') => batches.reduce((n, c) => n + (c.payload[k] as unknown[]).length, 0);
        return {
          runId: payload.runId,
          status: type === 'import.abort' ? 'aborted' : 'finished',
          startedAt: 0,
          batches: batches.length,
          records: sum('records'),
          added: this.journal.facts.length,
          created: this.journal.contacts.length,
        };
      }
      default:
        throw new Error(`unexpected ${type}`);
    }
  };
}

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The English catalogue for t(), where browser.i18n is absent. Call after vi.resetModules():
 * a fresh src/ui/i18n.ts starts without it.
 */
export async function useEnglish(): Promise<void> {
  const { setFallbackCatalog } = await import('../../../src/ui/i18n.js');
  setFallbackCatalog(JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>);
}

export function sampleZip(): File {
  const bytes = readFileSync(join(ROOT, 'samples', 'Basic_LinkedInDataExport_01-15-2026.zip'));
  return new File([bytes], 'Basic_LinkedInDataExport_01-15-2026.zip', { type: 'application/zip' });
}

export function csv(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

export function zipOf(name: string, files: Record<string, string>): File {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
  return new File([zipSync(entries)], name, { type: 'application/zip' });
}

export const CONNECTIONS_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** Hands files to the panel's file input, as choosing them in the dialog does. */
export function chooseFiles(root: ParentNode, files: File[], index = 0): void {
  const input = root.querySelectorAll<HTMLInputElement>('input[type="file"]')[index]!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

// happy-dom lacks the ondrag*/ondrop handler properties, so Preact would listen for "DragOver"
// and "Drop" (it keeps the case of names an element does not know): give it the browser's.
for (const name of ['ondragover', 'ondragleave', 'ondrop']) {
  if (!(name in HTMLElement.prototype)) Object.defineProperty(HTMLElement.prototype, name, { value: null, writable: true });
}

/** Drops files on the drop zone. */
export function dropFiles(root: ParentNode, files: File[]): void {
  const zone = root.querySelector('[data-drop-zone]')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  const over = new Event('dragover', { bubbles: true, cancelable: true });
  Object.defineProperty(over, 'dataTransfer', { value: transfer });
  zone.dispatchEvent(over);
  const drop = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(drop, 'dataTransfer', { value: transfer });
  zone.dispatchEvent(drop);
}

export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function text(root: ParentNode, selector: string): string {
  return root.querySelector(selector)?.textContent ?? '';
}
