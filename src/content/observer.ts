// One shared MutationObserver for every feature. The callback only queues its records: the
// work runs once per animation frame however many thousands of nodes LinkedIn inserts, which
// is what keeps a busy feed cheap. Each subscriber gets the frame's added elements (ours left
// out) so it can decide in O(added) cheap checks whether to look again; a batch that only
// removed nodes comes with none.

type Subscriber = (added: readonly Element[]) => void;

const subscribers = new Set<Subscriber>();
let observer: MutationObserver | undefined;
let pending: MutationRecord[] = [];

function flush(): void {
  const added: Element[] = [];
  let removed = false;
  for (const r of pending.splice(0)) {
    // Our hosts (`<gatekeeper-…>`) are ours: inserting them must not wake the features.
    for (const n of r.addedNodes) if (n instanceof Element && !n.hasAttribute('data-gatekeeper')) added.push(n);
    removed ||= !!r.removedNodes[0];
  }
  if (!added[0] && !removed) return;
  for (const fn of [...subscribers]) {
    try {
      fn(added);
    } catch {
      // One feature failing must not starve the others.
    }
  }
}

function queue(records: MutationRecord[]): void {
  if (pending.length === 0) {
    // rAF pauses in background tabs; the timeout keeps hidden tabs (and headless pages) moving.
    // Whichever comes second finds nothing pending and returns at once.
    requestAnimationFrame(flush);
    setTimeout(flush, 100);
  }
  for (const r of records) pending.push(r);
}

/** Calls `fn` (batched, at most once a frame) after DOM changes, until `signal` aborts. */
export function onDomChange(fn: Subscriber, signal: AbortSignal): void {
  if (signal.aborted) return;
  subscribers.add(fn);
  if (!observer) {
    observer = new MutationObserver(queue);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  signal.addEventListener(
    'abort',
    () => {
      subscribers.delete(fn);
      if (subscribers.size === 0) {
        observer?.disconnect();
        observer = undefined;
        pending = [];
      }
    },
    { once: true },
  );
}

/** Whether any added element is, or contains, a match for `selector` (one query each). */
export function addedAny(added: readonly Element[], selector: string): boolean {
  return added.some((el) => el.matches(selector) || el.querySelector(selector));
}
