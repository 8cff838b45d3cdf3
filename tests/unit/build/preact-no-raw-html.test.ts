// The build's Preact patch: exactly the dangerouslySetInnerHTML write is gone, and Preact still
// renders, updates and handles events. Bundled by esbuild as the extension build does, then run
// against a happy-dom document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { preactNoRawHtml, RAW_HTML_WRITE, REFUSAL, withoutRawHtml } from '../../../scripts/preact-no-raw-html.js';

const require = createRequire(import.meta.url);
const preactFile = join(dirname(require.resolve('preact/package.json')), 'dist', 'preact.module.js');

/** A page script exercising Preact, bundled for the browser with the plugin. */
const PAGE = `
import { h, render } from 'preact';
export function plain(root) {
  let clicks = 0;
  const view = (label) => h('button', { class: 'b', 'data-x': label, onClick: () => clicks++ }, label);
  render(view('one'), root);
  root.querySelector('button').click();
  render(view('two'), root);
  return { html: root.innerHTML, clicks };
}
export function raw(root) {
  render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), root);
}
`;

async function bundle(): Promise<string> {
  const out = await esbuild.build({
    stdin: { contents: PAGE, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'page',
    platform: 'browser',
    plugins: [preactNoRawHtml],
  });
  return out.outputFiles[0]!.text;
}

type Page = { plain(root: Element): { html: string; clicks: number }; raw(root: Element): void };

describe('preact-no-raw-html', () => {
  it('finds the innerHTML write exactly once in the installed Preact and replaces only it', () => {
    const source = readFileSync(preactFile, 'utf8');
    const patched = withoutRawHtml(source, preactFile);
    expect(patched).not.toContain(RAW_HTML_WRITE);
    expect(patched).toBe(source.replace(RAW_HTML_WRITE, REFUSAL));
    // Nothing but literal clears of innerHTML is left.
    expect(patched.match(/\.innerHTML=(?!"")/g)).toBeNull();
  });

  it('fails the build when the statement is missing or ambiguous', () => {
    expect(() => withoutRawHtml('render()', 'x.js')).toThrow(/found it 0 times/);
    expect(() => withoutRawHtml(RAW_HTML_WRITE + RAW_HTML_WRITE, 'x.js')).toThrow(/found it 2 times/);
  });

  it('bundled Preact still renders, updates and handles events; dangerouslySetInnerHTML throws and writes nothing', async () => {
    const code = await bundle();
    expect(code).not.toContain('innerHTML=h.__html');
    const window = new Window();
    const document = window.document;
    const page = new Function('document', `${code}; return page;`)(document) as Page;
    const root = document.createElement('main');
    document.body.append(root);
    expect(page.plain(root as unknown as Element)).toEqual({ html: '<button class="b" data-x="two">two</button>', clicks: 1 });
    const other = document.createElement('section');
    expect(() => page.raw(other as unknown as Element)).toThrow('dangerouslySetInnerHTML is disabled');
    expect(other.querySelector('img')).toBeNull();
    await window.happyDOM.close();
  });
});
