// Every input shape as one async sequence of chunks, sliced small so a whole-file string or
// buffer is still parsed (and handed to onBatch) a piece at a time.
import type { ChunkSource } from './types.js';

export const SLICE = 64 * 1024;

function isReadableStream(x: ChunkSource): x is ReadableStream<Uint8Array | string> {
  return typeof x === 'object' && x !== null && 'getReader' in x && typeof x.getReader === 'function';
}

export async function* chunksOf(source: ChunkSource): AsyncGenerator<string | Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    for (let i = 0; i < source.length; i += SLICE) yield source.slice(i, i + SLICE);
    return;
  }
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield* slices(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) yield* slices(chunk);
}

function* slices(chunk: string | Uint8Array): Generator<string | Uint8Array> {
  if (chunk.length <= SLICE) {
    yield chunk;
    return;
  }
  for (let i = 0; i < chunk.length; i += SLICE) yield chunk.slice(i, i + SLICE);
}

/** Bytes → text across chunk boundaries; UTF-8 unless a UTF-16 byte-order mark says otherwise. */
export class TextChunks {
  private decoder: TextDecoder | null = null;

  decode(chunk: string | Uint8Array): string {
    if (typeof chunk === 'string') return chunk;
    if (!this.decoder) {
      const utf16 = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8';
      this.decoder = new TextDecoder(utf16);
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  flush(): string {
    return this.decoder ? this.decoder.decode() : '';
  }
}
