// Date forms found in exports: LinkedIn's own ("12 Mar 2024", "2023-06-11 15:33:58 UTC",
// "3/14/25, 2:37 PM") and what Excel turns them into on re-save ("3/12/2024", "2024-03-12",
// "12-Mar-24", "12.03.2024", serial numbers).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export interface YMD {
  y: number;
  m: number;
  d: number;
}

function month(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

function valid(y: number, m: number, d: number): YMD | null {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? { y, m, d } : null;
}

/** Excel's day 0 is 1899-12-30 (it keeps Lotus's leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A calendar date in any export/Excel form, or null. Slashed dates read M/D/Y unless the first part exceeds 12. */
export function parseDay(text: string): YMD | null {
  const s = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(s))) return valid(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{2}|\d{4})$/.exec(s))) {
    const mo = month(m[2]!);
    return mo ? valid(fullYear(m[3]!), mo, +m[1]!) : null;
  }
  if ((m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s))) {
    const mo = month(m[1]!);
    return mo ? valid(+m[3]!, mo, +m[2]!) : null;
  }
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s))) {
    const a = +m[1]!;
    const b = +m[2]!;
    const y = fullYear(m[3]!);
    return a > 12 ? valid(y, b, a) : valid(y, a, b);
  }
  if ((m = /^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})$/.exec(s))) return valid(fullYear(m[3]!), +m[2]!, +m[1]!);
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const t = new Date(EXCEL_EPOCH + Math.floor(Number(s)) * 86_400_000);
    return valid(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return null;
}

/** Local midnight of a calendar date: connection dates are the user's own calendar days. */
export function localDayStart({ y, m, d }: YMD): number {
  return new Date(y, m - 1, d).getTime();
}

/**
 * A date with an optional clock ("2023-06-11 15:33:58 UTC", "3/14/25, 2:37 PM", "2024-03-12T09:00:00Z").
 * `zone` says how to read a time without an explicit zone: messages.csv is UTC, Invitations.csv local.
 */
export function parseDateTime(text: string, zone: 'utc' | 'local'): number | null {
  const s = text.trim();
  const m = /^(.*?)(?:[,\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp]\.?[Mm]\.?)?)?\s*(UTC|GMT|Z)?$/.exec(s);
  if (!m) return null;
  const day = parseDay(m[1]!.replace(/,$/, ''));
  if (!day) return null;
  let h = m[2] === undefined ? 0 : +m[2];
  const mi = m[3] === undefined ? 0 : +m[3];
  const sec = m[4] === undefined ? 0 : +m[4];
  const ampm = m[5]?.toLowerCase().charAt(0);
  if (h > 23 || mi > 59 || sec > 59) return null;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  const utc = m[6] !== undefined || zone === 'utc';
  return utc
    ? Date.UTC(day.y, day.m - 1, day.d, h, mi, sec)
    : new Date(day.y, day.m - 1, day.d, h, mi, sec).getTime();
}
