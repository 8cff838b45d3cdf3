// An esbuild plugin that removes Preact's one `innerHTML = <variable>` assignment: the
// `dangerouslySetInnerHTML` path. Gatekeeper never uses that prop (page text is never HTML), and
// `web-ext lint` rightly flags the assignment (UNSAFE_VAR_ASSIGNMENT). The path now throws, so a
// future use fails loudly instead of writing HTML. Exact or nothing: the build fails when the
// statement is not found exactly once (a Preact update must be looked at, not silently skipped).
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** Preact's browser bundle (the `browser` export esbuild picks for the extension). */
export const PREACT_FILE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/;
/** The statement in preact.module.js 10.x: `u` is the DOM node, `h` the new props' value. */
export const RAW_HTML_WRITE = '(u.innerHTML=h.__html)';
export const REFUSAL = '(()=>{throw new Error("Gatekeeper: dangerouslySetInnerHTML is disabled")})()';

/** The patched source; throws unless `RAW_HTML_WRITE` occurs exactly once. */
export function withoutRawHtml(source: string, file: string): string {
  const parts = source.split(RAW_HTML_WRITE);
  if (parts.length !== 2) throw new Error(`${file}: expected "${RAW_HTML_WRITE}" once, found it ${parts.length - 1} times; review scripts/preact-no-raw-html.ts for this Preact version`);
  return parts.join(REFUSAL);
}

export const preactNoRawHtml: Plugin = {
  name: 'preact-no-raw-html',
  setup(build) {
    build.onLoad({ filter: PREACT_FILE }, async ({ path }) => ({ contents: withoutRawHtml(await readFile(path, 'utf8'), path), loader: 'js' }));
  },
};
