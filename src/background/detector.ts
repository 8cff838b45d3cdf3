// The pitch detector compiled once per worker life and handed to content scripts: derived from
// the code alone, so keeping it in module scope keeps no state that storage would have to rebuild.
import { compileDetector, type CompiledDetector } from '../core/pitch/engine.js';
import { LEXICONS } from '../core/pitch/lexicons.js';

let compiled: CompiledDetector | undefined;

export function compiledDetector(): CompiledDetector {
  return (compiled ??= compileDetector(LEXICONS));
}
