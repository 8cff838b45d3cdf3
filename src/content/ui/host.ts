// One light-DOM element with an open shadow root per card or dialog. Styles live in the
// shadow root; the element name is ours, so LinkedIn's CSS cannot match it by tag or class.
import { STYLES } from './styles.js';

export type HostKind = 'verdict' | 'confirm';

export interface Host {
  readonly el: HTMLElement;
  /** Where Preact renders, inside the shadow root. */
  readonly mount: HTMLElement;
}

/** Events that should not reach LinkedIn's handlers (its modal closes on outside clicks and Esc). */
const CONTAINED = ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup', 'keypress'] as const;

export function createHost(kind: HostKind, signal: AbortSignal): Host {
  const el = document.createElement(`gatekeeper-${kind}`);
  el.setAttribute('data-gatekeeper', kind);
  const shadow = el.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLES;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  for (const type of CONTAINED) el.addEventListener(type, (e) => e.stopPropagation(), { signal });
  syncTheme(el);
  signal.addEventListener('abort', () => el.remove(), { once: true });
  return { el, mount };
}

/** LinkedIn marks its dark theme with `theme--dark` on <html> or <body>; otherwise follow the OS
 *  (read again at every render, so one stylesheet rule serves both). */
export function syncTheme(el: HTMLElement): void {
  const marked = (cls: string): boolean =>
    document.documentElement.classList.contains(cls) || document.body?.classList.contains(cls) === true;
  const dark = marked('theme--dark') || (!marked('theme--light') && matchMedia('(prefers-color-scheme: dark)').matches);
  const theme = dark ? 'dark' : 'light';
  if (el.getAttribute('data-theme') !== theme) el.setAttribute('data-theme', theme);
}
