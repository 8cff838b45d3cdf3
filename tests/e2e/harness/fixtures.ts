import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './extension-browser.js';

/** A fixture page from tests/e2e/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'tests', 'e2e', 'fixtures', name), 'utf8');
}
