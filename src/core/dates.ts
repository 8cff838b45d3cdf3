// Local calendar-day arithmetic. Etiquette counts days the way people do ("connected Monday"),
// so day math goes through local Y/M/D, never ms / 86_400_000: DST days are 23 or 25 hours long.

const DAY_MS = 86_400_000;

/** Epoch ms of local midnight (start of the local day) containing `ms`. */
export function localMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight of the calendar day `n` days after (or before, n < 0) the day containing `ms`. */
export function addLocalDays(ms: number, n: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n).getTime();
}

/** Whole local calendar days from the day of `a` to the day of `b` (negative when b is earlier). */
export function localDaysBetween(a: number, b: number): number {
  return Math.round((dayNumber(b) - dayNumber(a)) / DAY_MS);
}

/** The local Y/M/D mapped onto UTC, where every day has 24 hours. */
function dayNumber(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Tue, 10 Mar" in local time. Fixed English: Intl output varies with the runtime's ICU data. */
export function formatLocalDay(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getDay()]}, ${d.getDate()} ${MONTHS[d.getMonth()]}`;
}
