// Builds dist/chrome and dist/firefox (loadable unpacked), their store zips, and the Node
// library + CLI in dist/node. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { browserManifest, type Target } from './manifest.js';
import { preactNoRawHtml } from './preact-no-raw-html.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// GK_DIST: a private output folder (the E2E run builds there, so a concurrent `npm run build`
// cannot swap the extension out from under a running browser).
const dist = process.env.GK_DIST ?? join(root, 'dist');
const staging = join(dist, '.bundle');
const watch = process.argv.includes('--watch');

const extensionBuild: esbuild.BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  legalComments: 'none',
  // UTF-8 text stays UTF-8 (escaping every non-ASCII letter as \uXXXX costs bytes in every bundle).
  charset: 'utf8',
  target: ['chrome120', 'firefox128'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  outdir: staging,
  plugins: [preactNoRawHtml],
};

const nodeBuild: esbuild.BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: join(dist, 'node'),
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
};

const builds: esbuild.BuildOptions[] = [
  { ...extensionBuild, entryPoints: { background: 'src/background/index.ts' }, format: 'esm' },
  // A content script is a classic script: one self-contained IIFE.
  { ...extensionBuild, entryPoints: { content: 'src/content/index.ts' }, format: 'iife' },
  { ...extensionBuild, entryPoints: { popup: 'src/popup/index.tsx', options: 'src/options/index.tsx' }, format: 'esm', splitting: false },
  { ...nodeBuild, entryPoints: { core: 'src/core/index.ts' } },
  // src/cli.ts starts with its own #! line, which esbuild keeps.
  { ...nodeBuild, entryPoints: { cli: 'src/cli.ts' } },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zipDir(dir: string, out: string): void {
  const entries: Record<string, Uint8Array> = {};
  for (const file of filesUnder(dir).sort()) entries[relative(dir, file).split('\\').join('/')] = readFileSync(file);
  // A fixed mtime keeps store zips reproducible.
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

/** Lays out both browser folders from the bundles, public/ and the one manifest template. */
function assemble(): void {
  const template = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const version = String(template.version);
  for (const target of ['chrome', 'firefox'] as Target[]) {
    const out = join(dist, target);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(root, 'public'), out, { recursive: true });
    for (const file of readdirSync(staging)) cpSync(join(staging, file), join(out, file));
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(browserManifest(template, target), null, 2) + '\n');
    zipDir(out, join(dist, `gatekeeper-${target}-${version}.zip`));
  }
  chmodSync(join(dist, 'node', 'cli.mjs'), 0o755);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

if (watch) {
  const rebuild: esbuild.Plugin = {
    name: 'assemble',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) {
          assemble();
          console.log(`rebuilt ${new Date().toLocaleTimeString()}`);
        }
      });
    },
  };
  for (const options of builds) {
    const ctx = await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), rebuild] });
    await ctx.watch();
  }
  console.log('watching src/ for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  assemble();
  const size = statSync(join(staging, 'content.js')).size;
  console.log(`built ${dist}: chrome, firefox, node (content script ${(size / 1024).toFixed(1)} KB)`);
}
