// Builds blind2.jsonl from the hand-written sources in src/<lang>.txt.
// Source format: a header line "@@ <p|w> <n|m> <h|->" starts a record;
// following lines (up to the next header) are the text, trimmed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const langs = ['en', 'es', 'fr', 'de', 'pt'];
const out = [];
for (const lang of langs) {
  const src = readFileSync(join(here, 'src', `${lang}.txt`), 'utf8').replace(/\r\n/g, '\n');
  const parts = src.split(/^@@ /m).slice(1);
  let n = 0;
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const [pw, kind, hard] = part.slice(0, nl).trim().split(/\s+/);
    if (!['p', 'w'].includes(pw) || !['n', 'm'].includes(kind) || !['h', '-'].includes(hard)) {
      throw new Error(`${lang}: bad header "${part.slice(0, nl)}"`);
    }
    const text = part.slice(nl + 1).replace(/^\s*\n/, '').replace(/\s+$/, '');
    n += 1;
    out.push({
      id: `b2-${lang}-${String(n).padStart(3, '0')}`,
      text,
      lang,
      kind: kind === 'n' ? 'note' : 'message',
      pitch: pw === 'p',
      hard: hard === 'h',
    });
  }
}
writeFileSync(join(here, 'blind2.jsonl'), out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${out.length} records`);
