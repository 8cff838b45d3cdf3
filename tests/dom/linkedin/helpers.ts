import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'fixtures', 'linkedin');

/** A fixture parsed into its own Document (scripts do not run), with the URL it models. */
export function load(name: string): { doc: Document; url: string } {
  const html = readFileSync(join(DIR, name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? '';
  return { doc, url };
}

/** Removes every element matching `selector` (or just its class when `cls` is given). */
export function mutate(doc: Document, selector: string, cls?: string): void {
  for (const el of doc.querySelectorAll(selector)) {
    if (cls) el.classList.remove(cls);
    else el.remove();
  }
}

/** Local date-time as epoch ms. */
export const at = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();
