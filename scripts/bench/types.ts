/** One row of the README's benchmark table. */
export interface BenchRow {
  what: string;
  /** Human-readable figure, e.g. "1.8× baseline (0.012 ms)". */
  measured: string;
  budget: string;
  /** Within budget? undefined when the row has no budget. */
  ok?: boolean;
}
