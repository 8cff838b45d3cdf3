// Keeps one card host beside one composer: renders the latest props, mirrors the level onto
// the light-DOM host (data-level), and puts the host back if LinkedIn's re-render dropped it.
import { render } from 'preact';
import { Card, type CardProps } from './card.js';
import { createHost, syncTheme } from './host.js';

export interface CardHandle {
  readonly el: HTMLElement;
  update(props: CardProps): void;
  /** Re-insert after LinkedIn re-rendered around us; cheap when nothing changed. */
  keepPlaced(): void;
}

/** `place` inserts the host beside (never over) the composer, e.g. before its form. */
export function mountCard(place: (host: HTMLElement) => void, signal: AbortSignal): CardHandle {
  const { el, mount } = createHost('verdict', signal);
  signal.addEventListener('abort', () => render(null, mount), { once: true });
  place(el);
  return {
    el,
    update: (props) => {
      const level = props.empty ? 'ok' : props.level;
      if (el.getAttribute('data-level') !== level) el.setAttribute('data-level', level);
      syncTheme(el);
      render(<Card {...props} />, mount);
    },
    keepPlaced: () => {
      if (!el.isConnected && !signal.aborted) place(el);
    },
  };
}
