// Numbers, shares and sizes in the UI language.
import { uiLocale } from '../../ui/i18n.js';

export function num(n: number): string {
  return n.toLocaleString(uiLocale());
}

/** A share 0..1 as a whole percentage; "—" when there is nothing to divide. */
export function pct(share: number | null): string {
  return share === null ? '—' : share.toLocaleString(uiLocale(), { style: 'percent', maximumFractionDigits: 0 });
}

/** Bytes for people: "840 KB", "12.5 MB". */
export function bytes(n: number): string {
  if (n < 1024) return `${num(n)} B`;
  if (n < 1024 * 1024) return `${num(Math.round(n / 1024))} KB`;
  return `${(n / (1024 * 1024)).toLocaleString(uiLocale(), { maximumFractionDigits: 1 })} MB`;
}
