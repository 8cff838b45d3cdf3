// Dates and ages as people say them, in the UI language. Day math goes through core/dates
// (local calendar days, DST-safe); only the wording lives here.
import { localDaysBetween } from '../core/dates.js';
import { t, tn, uiLocale } from './i18n.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(withYear: boolean): Intl.DateTimeFormat {
  const key = `${uiLocale()}|${withYear}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) });
    dayFormats.set(key, f);
  }
  return f;
}

/** "Tue, 10 Mar" (with the year when it is not this year's). */
export function formatDay(ms: number, now: number = Date.now()): string {
  return dayFormat(new Date(ms).getFullYear() !== new Date(now).getFullYear()).format(ms);
}

/** "today", "yesterday", "3 days ago" for a past day; "tomorrow", "in 3 days" for a future one. */
export function relativeDay(ms: number, now: number = Date.now()): string {
  const days = localDaysBetween(ms, now);
  if (days === 0) return t('day_today');
  if (days === 1) return t('day_yesterday');
  if (days === -1) return t('day_tomorrow');
  return days > 0 ? tn('day_ago', days) : tn('day_in', -days);
}

/** How a due or ready day reads in a list: relative when near ("3 days ago", "tomorrow"), else the date. */
export function whenDay(ms: number, now: number = Date.now()): string {
  return Math.abs(localDaysBetween(now, ms)) <= 1 || ms < now ? relativeDay(ms, now) : formatDay(ms, now);
}
