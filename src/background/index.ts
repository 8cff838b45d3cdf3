// The worker (Chrome: service worker; Firefox: event page). Every listener is registered
// synchronously at top level: MV3 wakes the worker for an event and delivers it only to
// listeners that exist after the first turn. Handlers await one ready promise (database open,
// settings read); the only module state is that promise, rebuilt from storage on every wake.
import { browser, extensionOrigin, type Runtime, type Storage } from '../platform/index.js';
import { readSettings, settingsChangeListener } from '../settings/store.js';
import { openStore } from '../store/index.js';
import type { WorkerDeps, WorkerState } from './deps.js';
import { createHandlers } from './handlers.js';
import { armMidnight, checkReminders, CHECK_ALARM, ensureAlarms, MIDNIGHT_ALARM, openFromNotification, refreshBadge, resumeRestage, settingsChanged } from './reminder-job.js';
import { classifySender, route } from './router.js';

const deps: WorkerDeps = {
  now: () => Date.now(),
  version: () => browser.runtime.getManifest().version,
  local: browser.storage.local,
  session: browser.storage.session,
  setBadge: (text) => browser.action.setBadgeText({ text }),
  notify: async (id, title, message) => {
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
  },
  openTab: async (url) => {
    await browser.tabs.create({ url });
  },
  alarms: {
    get: (name) => browser.alarms.get(name),
    create: async (name, info) => browser.alarms.create(name, info),
  },
};

const ready: Promise<WorkerState> = (async () => {
  const [db, settings] = await Promise.all([openStore(), readSettings(deps.local)]);
  return { db, settings };
})();

const handlers = createHandlers(ready, deps);

/** Background work after an event; failures are logged, never thrown into the browser. */
function background(what: string, job: (s: WorkerState) => Promise<unknown>): void {
  ready.then(job).catch((error: unknown) => console.error(`gatekeeper: ${what} failed`, error));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, extensionOrigin());
  return route(message, from, handlers);
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === MIDNIGHT_ALARM) background('midnight alarm', async (s) => Promise.all([armMidnight(deps), checkReminders(s, deps)]));
  else if (alarm.name === CHECK_ALARM) background('reminder check', (s) => checkReminders(s, deps));
});

const startUp = (): void => background('start-up', async (s) => Promise.all([ensureAlarms(deps), checkReminders(s, deps)]));
browser.runtime.onInstalled.addListener(startUp);
browser.runtime.onStartup.addListener(startUp);

browser.notifications.onClicked.addListener((id) => {
  background('notification click', async (s) => {
    if (await openFromNotification(s, deps, id)) await browser.notifications.clear(id);
  });
});

const onSettings = settingsChangeListener((settings) => background('settings change', (s) => settingsChanged(s, deps, settings)));
browser.storage.onChanged.addListener((changes: Record<string, Storage.StorageChange>, area: string) => onSettings(changes, area));

// Every wake: the badge reflects the store (the browser may have dropped it), alarms exist,
// and a re-staging the last worker did not finish goes on.
background('wake', async (s) => Promise.all([refreshBadge(s, deps), ensureAlarms(deps), resumeRestage(s, deps.now())]));
