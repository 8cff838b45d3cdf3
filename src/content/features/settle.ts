// "Read after the page settles": run `fn` once DOM changes pause for `quietMs`, but at least
// every `maxWaitMs` while they never pause (a busy feed), and never after `signal` aborts.
// A call only notes the time: one timer re-arms itself, so a flood of changes costs no timer churn.
export function settled(fn: () => void, quietMs: number, maxWaitMs: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  let last = 0;
  const fire = (): void => {
    const wait = Math.min(last + quietMs, first + maxWaitMs) - Date.now();
    timer = wait > 0 ? setTimeout(fire, wait) : undefined;
    if (!timer && !signal.aborted) fn();
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    last = Date.now();
    if (timer) return;
    first = last;
    timer = setTimeout(fire, quietMs); // re-arms itself until quiet (or maxWaitMs passed)
  };
}
