// Which features found their anchors on this page, for the health report. Changes only: a
// feature re-checking on every DOM batch does not wake the reporter.
export class AnchorBoard {
  private readonly state = new Map<string, boolean>();
  private readonly listeners = new Set<() => void>();

  set(feature: string, found: boolean): void {
    if (this.state.get(feature) === found) return;
    this.state.set(feature, found);
    for (const fn of this.listeners) fn();
  }

  entries(): { name: string; found: boolean }[] {
    return [...this.state].map(([name, found]) => ({ name, found }));
  }

  onChange(fn: () => void, signal: AbortSignal): void {
    this.listeners.add(fn);
    signal.addEventListener('abort', () => this.listeners.delete(fn), { once: true });
  }
}
