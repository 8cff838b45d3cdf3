// Finds the real browsers the E2E suite drives, or installs Debian's packages when it can.
// Never skips silently: without a browser the suite fails and says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';

interface Candidate {
  env: string;
  paths: string[];
  debianPackage: string;
  hint: string;
}

const CANDIDATES: Record<BrowserKind, Candidate> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'],
    debianPackage: 'chromium',
    hint: 'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debianPackage: 'firefox-esr',
    hint: 'Install Firefox (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary (128 or newer).',
  },
};

function firstExisting(c: Candidate): string | undefined {
  const fromEnv = process.env[c.env];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${c.env}=${fromEnv} does not exist. ${c.hint}`);
    return fromEnv;
  }
  return c.paths.find((p) => existsSync(p));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

export function findBrowser(kind: BrowserKind): string {
  const c = CANDIDATES[kind];
  const found = firstExisting(c);
  if (found) return found;
  if (canInstallWithApt()) {
    process.stderr.write(`e2e: ${kind} not found; installing Debian package ${c.debianPackage}…\n`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', c.debianPackage], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = firstExisting(c);
    if (installed) return installed;
  }
  throw new Error(`E2E tests need ${kind}, and none was found (looked at $${c.env}, ${c.paths.join(', ')}). ${c.hint}`);
}
