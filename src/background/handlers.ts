// One handler per message type. Each awaits the worker's ready state, does one store call
// (one transaction per write), and recomputes the badge when reminders changed.
import type { ProfileAlias } from '../core/profile-url.js';
import type { HealthReport } from '../messages.js';
import { compiledDetector } from './detector.js';
import { DEFAULT_SETTINGS } from '../core/types.js';
import { SETTINGS_KEY } from '../settings/migrate.js';
import * as store from '../store/index.js';
import type { WorkerDeps, WorkerState } from './deps.js';
import { refreshBadge } from './reminder-job.js';
import type { Handlers } from './router.js';

const healthKey = (tabId: number): string => `health:${tabId}`;

function isHealth(x: unknown): x is HealthReport {
  return typeof x === 'object' && x !== null && typeof (x as HealthReport).page === 'string' && Array.isArray((x as HealthReport).features);
}

export function createHandlers(ready: Promise<WorkerState>, deps: WorkerDeps): Handlers {
  const ctx = (s: WorkerState) => ({ now: deps.now(), settings: s.settings });
  /** Runs a write and keeps the badge in step with it. */
  const written = async <T>(s: WorkerState, w: store.Written<T>): Promise<T> => {
    if (w.remindersChanged) await refreshBadge(s, deps);
    return w.value;
  };

  return {
    ping: async () => ({ pong: true, version: deps.version() }),

    'pitch.detector': async () => ({ detector: compiledDetector() }),

    'contact.summary': async (req) => {
      const s = await ready;
      return store.contactSummary(s.db, req.contact, deps.now(), s.settings);
    },
    'contact.observe': async (req) => {
      const s = await ready;
      return written(s, await store.observeContact(s.db, ctx(s), req.contact, { headline: req.headline, degree: req.degree }));
    },
    'events.record': async (req) => {
      const s = await ready;
      return written(s, await store.recordEvents(s.db, ctx(s), req.contact, req.events));
    },
    'pitch.hold': async (req) => {
      const s = await ready;
      return written(s, await store.holdPitch(s.db, ctx(s), req.contact, { draft: req.draft, readyOn: req.readyOn, threadUrl: req.threadUrl }));
    },
    'contact.allowList': async (req) => {
      const s = await ready;
      return written(s, await store.setAllowListed(s.db, ctx(s), req.contact, req.allowListed));
    },
    'health.report': async (req, from) => {
      if (from.tabId === undefined) throw new Error('health.report needs a tab');
      const report: HealthReport = { page: req.page, features: req.features, at: deps.now(), ...(req.person ? { person: req.person as ProfileAlias } : {}) };
      await deps.session.set({ [healthKey(from.tabId)]: report });
      return { stored: true };
    },

    'health.get': async (req) => {
      const got = (await deps.session.get(healthKey(req.tabId)))[healthKey(req.tabId)];
      return { health: isHealth(got) ? got : null };
    },
    dashboard: async () => store.dashboard((await ready).db, deps.now()),
    'contacts.search': async (req) => store.searchByName((await ready).db, req.prefix, req),
    'contacts.page': async (req) => store.pageContacts((await ready).db, req),
    'contact.detail': async (req) => {
      const s = await ready;
      return store.contactDetail(s.db, req.contactId, deps.now(), s.settings);
    },
    'reminder.act': async (req) => {
      const s = await ready;
      if (req.action === 'snooze' && req.days === undefined) throw new Error('Snooze needs days');
      const act: store.ReminderAction = req.action === 'snooze' ? { action: 'snooze', days: req.days ?? 1 } : { action: req.action };
      const reminder = await store.actOnReminder(s.db, req.reminderId, act, deps.now());
      await refreshBadge(s, deps);
      return { reminder };
    },
    'allowList.list': async (req) => store.pageAllowListed((await ready).db, req),

    'backup.export': async () => {
      const s = await ready;
      return { backup: await store.exportBackup(s.db, deps.now(), s.settings) };
    },
    'backup.restore': async (req) => {
      const s = await ready;
      const checked = store.parseBackup(req.json, deps.now(), s.settings);
      await store.replaceAll(s.db, checked.backup);
      // storage.local cannot join the IndexedDB transaction: settings follow a committed restore.
      if (checked.settings) await deps.local.set({ [SETTINGS_KEY]: checked.settings });
      await refreshBadge(s, deps);
      const { contacts, events, reminders } = checked.backup;
      return { contacts: contacts.length, events: events.length, reminders: reminders.length, settings: checked.settings !== undefined };
    },
    'data.deleteAll': async () => {
      const s = await ready;
      await store.deleteEverything(s.db);
      await deps.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
      await refreshBadge(s, deps);
      return { deleted: true };
    },

    'import.begin': async (req) => {
      const s = await ready;
      const begun = await store.beginImport(s.db, deps.now(), s.settings, req.label);
      if (begun.abortedRun) await refreshBadge(s, deps);
      return begun;
    },
    'import.batch': async (req) => {
      const s = await ready;
      return written(s, await store.importBatch(s.db, ctx(s), req.runId, req.records));
    },
    'import.finish': async (req) => {
      const s = await ready;
      return store.finishImport(s.db, req.runId, deps.now(), s.settings);
    },
    'import.abort': async (req) => {
      const s = await ready;
      const run = await store.abortImport(s.db, req.runId, deps.now(), s.settings);
      await refreshBadge(s, deps);
      return run;
    },
  };
}
