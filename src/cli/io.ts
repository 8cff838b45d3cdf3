// What a CLI command may touch: injected so tests run commands in-process.
export interface CliIO {
  stdin: AsyncIterable<string | Uint8Array>;
  out: (text: string) => void;
  err: (text: string) => void;
}
