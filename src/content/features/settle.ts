// "Read after the page settles": run `fn` once DOM changes pause for `quietMs`, but at least
// every `maxWaitMs` while they never pause (a busy feed), and never after `signal` aborts.
export function settled(fn: () => void, quietMs: number, maxWaitMs: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | undefined;
  const run = (): void => {
    timer = undefined;
    first = undefined;
    if (!signal.aborted) fn();
  };
  signal.addEventListener('abort', () => timer !== undefined && clearTimeout(timer), { once: true });
  return () => {
    const now = Date.now();
    first ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(quietMs, first + maxWaitMs - now)));
  };
}
