// One live copy per page. After an extension reload or a double injection a second copy may
// start beside the first; they share only the DOM, so they talk through DOM events. A copy
// whose extension context is gone stops answering, and the new copy takes over.
const HELLO = 'gatekeeper:hello';
const ALIVE = 'gatekeeper:alive';

/** Returns false when another live copy already runs here (this copy should stand down). */
export function claimPage(isAlive: () => boolean, signal: AbortSignal): boolean {
  let answered = false;
  const onAlive = (): void => {
    answered = true;
  };
  document.addEventListener(ALIVE, onAlive);
  // dispatchEvent is synchronous: a live copy answers before this call returns.
  document.dispatchEvent(new CustomEvent(HELLO));
  document.removeEventListener(ALIVE, onAlive);
  if (answered) return false;
  document.addEventListener(
    HELLO,
    () => {
      if (isAlive()) document.dispatchEvent(new CustomEvent(ALIVE));
    },
    { signal },
  );
  return true;
}
