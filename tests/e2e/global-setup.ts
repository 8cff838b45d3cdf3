// Builds the extension once, into a folder of this run's own, and locates both browsers before
// any E2E test runs. A private folder: other people's `npm run build` on the same checkout
// wipes dist/, which would pull the extension out from under a running browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findBrowser } from './harness/browsers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    firefoxPath: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dist = mkdtempSync(join(tmpdir(), 'gk-e2e-dist-'));
  const removeBuild = (): void => rmSync(dist, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, GK_DIST: dist } });
  } catch (error) {
    removeBuild();
    throw error;
  }
  // The test workers start after this and inherit the environment; the harness reads it.
  process.env.GK_DIST = dist;
  project.provide('chromiumPath', findBrowser('chromium'));
  project.provide('firefoxPath', findBrowser('firefox'));
  return removeBuild;
}
