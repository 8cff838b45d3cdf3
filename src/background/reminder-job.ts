// The periodic work the alarms trigger: wake snoozed reminders, recompute the badge, announce
// what became due. State between runs lives in the database (meta), never in the worker.
import { addLocalDays } from '../core/dates.js';
import type { CadenceKind, Settings } from '../core/types.js';
import { cadenceDiffers, dueCount, newlyDue, reminderById, replanCadence, requestRestage, restageSlice, wakeSnoozed } from '../store/index.js';
import type { WorkerDeps, WorkerState } from './deps.js';

export const CHECK_ALARM = 'gk-reminders';
export const MIDNIGHT_ALARM = 'gk-midnight';
const CHECK_PERIOD_MINUTES = 30;
const NOTIFIED_UNTIL = 'notifiedUntil';
const NOTIFICATION_PREFIX = 'gk|';
/** At most this many notifications per check; the badge carries the rest. */
const MAX_NOTIFICATIONS = 3;

/** Both alarms exist after every wake (alarms survive restarts, but not always an update). */
export async function ensureAlarms(deps: WorkerDeps): Promise<void> {
  if (!(await deps.alarms.get(CHECK_ALARM))) await deps.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES });
  if (!(await deps.alarms.get(MIDNIGHT_ALARM))) await armMidnight(deps);
}

/** Local midnight (plus a second, so the new day has begun): planned reminders fall due then. */
export async function armMidnight(deps: WorkerDeps): Promise<void> {
  await deps.alarms.create(MIDNIGHT_ALARM, { when: addLocalDays(deps.now(), 1) + 1000 });
}

export async function refreshBadge(state: WorkerState, deps: WorkerDeps): Promise<number> {
  const count = await dueCount(state.db, deps.now());
  await deps.setBadge(count > 0 ? String(count) : '');
  return count;
}

const TITLES: Record<CadenceKind, string> = {
  thank: 'Say thank you (no pitch)',
  engage: 'Engage with their posts',
  ask: 'Ask about their work',
  ready: 'Fine to talk business now',
  'held-pitch': 'Your held pitch is ready',
};

export async function checkReminders(state: WorkerState, deps: WorkerDeps): Promise<void> {
  const now = deps.now();
  await wakeSnoozed(state.db, now);
  await refreshBadge(state, deps);
  const last = (await state.db.get('meta', NOTIFIED_UNTIL))?.value;
  // First run: announce what fell due in the last day rather than everything ever due.
  const since = typeof last === 'number' ? last : now - 86_400_000;
  if (state.settings.notifications) {
    for (const r of await newlyDue(state.db, since, now, MAX_NOTIFICATIONS)) {
      await deps.notify(NOTIFICATION_PREFIX + r.id, TITLES[r.kind], r.contactName ?? 'A LinkedIn contact');
    }
  }
  await state.db.put('meta', { key: NOTIFIED_UNTIL, value: now });
}

/**
 * Settings changed. A new minWarmTouches changes stages: re-stage everything, slice by slice
 * (resumed on wake by `resumeRestage` if the worker stops half-way). A new cadence re-plans the
 * reminders not shown yet (one write), and the badge follows.
 */
export async function settingsChanged(state: WorkerState, deps: WorkerDeps, next: Settings): Promise<void> {
  const previous = state.settings;
  state.settings = next;
  if (next.minWarmTouches !== previous.minWarmTouches) {
    await requestRestage(state.db);
    await resumeRestage(state, deps.now());
  }
  if (cadenceDiffers(previous, next)) {
    await replanCadence(state.db, deps.now(), previous, next);
    await refreshBadge(state, deps);
  }
}

export async function resumeRestage(state: WorkerState, now: number): Promise<void> {
  while (await restageSlice(state.db, state.settings, now));
}

/** A click on one of our notifications opens the conversation, else the profile. */
export async function openFromNotification(state: WorkerState, deps: WorkerDeps, notificationId: string): Promise<boolean> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  const r = await reminderById(state.db, notificationId.slice(NOTIFICATION_PREFIX.length));
  const url = r?.threadUrl ?? r?.profileUrl;
  if (!url) return false;
  await deps.openTab(url);
  return true;
}
