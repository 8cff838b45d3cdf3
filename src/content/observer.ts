// One shared MutationObserver for every feature. The observer callback only raises a flag:
// the work (each subscriber) runs once per animation frame however many thousands of nodes
// LinkedIn inserts, which is what keeps a busy feed cheap. Subscribers get no records: they
// re-read the page through the adapters instead of interpreting mutations.

type Subscriber = () => void;

const subscribers = new Set<Subscriber>();
let observer: MutationObserver | undefined;
let scheduled = false;

function flush(): void {
  scheduled = false;
  for (const fn of [...subscribers]) {
    try {
      fn();
    } catch {
      // One feature failing must not starve the others.
    }
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // rAF pauses in background tabs; the timeout keeps hidden tabs (and headless pages) moving.
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    flush();
  };
  requestAnimationFrame(run);
  setTimeout(run, 100);
}

/** Calls `fn` (batched, at most once a frame) after DOM changes, until `signal` aborts. */
export function onDomChange(fn: Subscriber, signal: AbortSignal): void {
  if (signal.aborted) return;
  subscribers.add(fn);
  if (!observer) {
    observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  signal.addEventListener(
    'abort',
    () => {
      subscribers.delete(fn);
      if (subscribers.size === 0) {
        observer?.disconnect();
        observer = undefined;
      }
    },
    { once: true },
  );
}

