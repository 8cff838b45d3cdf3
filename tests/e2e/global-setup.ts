// Builds the extension once and locates both browsers before any E2E test runs.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findBrowser } from './harness/browsers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    firefoxPath: string;
  }
}

export default function setup(project: TestProject): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  project.provide('chromiumPath', findBrowser('chromium'));
  project.provide('firefoxPath', findBrowser('firefox'));
}
