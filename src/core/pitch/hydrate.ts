// Compiled lexicons as plain data (regex sources) and back to RegExp objects. The content script
// receives the data from the worker and only hydrates it, so the compiler stays out of its bundle.

export interface NamerSource {
  source: string;
  /** Rule of each capture group, as an index into KEYS (index 0 ↔ group 1). */
  keys: number[];
}

export interface CompiledSource {
  /** Zero-width, global: each match is the start of a hit. */
  scan: string;
  /** By the hit's first char code (a-z, 0-9); null where no pattern starts with it. */
  namers: (NamerSource | null)[];
  /** Word-start patterns with no literal first character ("\\d+ min"). */
  rest: NamerSource | null;
}

export interface Namer {
  re: RegExp;
  keys: Uint8Array;
}

export interface CompiledLexicon {
  scan: RegExp;
  namers: readonly (Namer | undefined)[];
  rest: Namer | undefined;
}

function namer(src: NamerSource | null): Namer | undefined {
  return src ? { re: new RegExp(src.source, 'y'), keys: Uint8Array.from(src.keys) } : undefined;
}

export function hydrate(src: CompiledSource): CompiledLexicon {
  return { scan: new RegExp(src.scan, 'g'), namers: src.namers.map(namer), rest: namer(src.rest) };
}
