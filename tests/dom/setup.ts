// Global setup for DOM tests: each test starts from an empty document.
import { afterEach } from 'vitest';

afterEach(() => {
  document.title = '';
  document.head.replaceChildren();
  document.body.replaceChildren();
});

// UI text comes from _locales through browser.i18n, absent here: answer from the English catalogue.
const { setFallbackCatalog } = await import('../../src/ui/i18n.js');
const { readFileSync } = await import('node:fs');
const { join } = await import('node:path');
setFallbackCatalog(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>);
