// The content script analyses with lexicons the worker compiled and sent as JSON: it must
// decide exactly as the detector that compiles its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzerFromCompiled, type CompiledDetector } from '../../../src/core/pitch/analyzer.js';
import { compileDetector } from '../../../src/core/pitch/engine.js';
import { analyzeDraft, LEXICONS } from '../../../src/core/pitch/index.js';

const texts = readFileSync(join(__dirname, '../../corpus/pitch.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('a detector compiled in the worker and sent as JSON', () => {
  const shipped = JSON.parse(JSON.stringify(compileDetector(LEXICONS))) as CompiledDetector;
  const analyze = analyzerFromCompiled(shipped);

  it('gives the same analysis as the one that compiles its own, on every corpus text', () => {
    for (const text of texts) expect(analyze(text)).toEqual(analyzeDraft(text));
  });

  it('honours a language hint the same way', () => {
    const text = 'Hola Ana, ¿te va bien una llamada de 15 minutos el jueves para ver nuestra demo?';
    for (const lang of ['en', 'es', 'fr', 'de', 'pt'] as const) expect(analyze(text, { lang })).toEqual(analyzeDraft(text, { lang }));
  });
});
