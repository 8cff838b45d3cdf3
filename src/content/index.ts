// Content script entry: claims the page (a second injected copy stands down), then runs the
// features until the extension context is invalidated — after which nothing of ours is left
// on the page and LinkedIn behaves as if we were never there.
import { contextAlive } from '../platform/native.js';
import { extensionLifetime } from './context.js';
import * as composer from './features/composer.js';
import * as connectionsList from './features/connections-list.js';
import * as health from './features/health.js';
import * as invitation from './features/invitation.js';
import * as profile from './features/profile.js';
import * as sendGuard from './features/send-guard.js';
import { watchSettings } from './features/settings.js';
import * as threadReader from './features/thread-reader.js';
import { startManager } from './manager.js';
import { claimPage } from './singleton.js';

const MARK = 'data-gatekeeper-ready';
const life = extensionLifetime();

if (claimPage(contextAlive, life.signal)) {
  document.documentElement.setAttribute(MARK, '1');
  life.signal.addEventListener('abort', () => document.documentElement.removeAttribute(MARK), { once: true });
  // The thread reader runs before the composer on each DOM batch: the composer reads its findings.
  startManager([threadReader, profile, invitation, composer, sendGuard, connectionsList, health], {
    lifetime: life.signal,
    settings: watchSettings(life.signal),
    alive: () => {
      if (contextAlive()) return true;
      life.abort();
      return false;
    },
  });
} else {
  life.abort();
}
