// What the soak counts while it runs: every answer the app gave (by route and
// status, 0 for none), why clients tried again, what is in flight right now
// (the chaos waits for work to hit), latencies, a timeline of what the soak
// did, and every unexpected thing a client met.
export class Metrics {
  readonly startedAt = Date.now();
  /** "POST /api/capture/{token}/frames" -> status -> count. */
  readonly answers = new Map<string, Map<number, number>>();
  readonly retries = new Map<string, number>();
  readonly inFlight = new Map<string, number>();
  /** Milliseconds of each frame request the app answered 201. */
  readonly frameRequestMs: number[] = [];
  /** Milliseconds from a frame's first send to its acknowledgement, retries and waits included. */
  readonly frameTotalMs: number[] = [];
  readonly timeline: { atMs: number; what: string }[] = [];
  readonly problems: string[] = [];

  answered(route: string, status: number): void {
    const byStatus = this.answers.get(route) ?? new Map<number, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    this.answers.set(route, byStatus);
  }

  retried(cause: string): void {
    this.retries.set(cause, (this.retries.get(cause) ?? 0) + 1);
  }

  /** Counts `route` in flight while `work` runs. */
  async during<T>(route: string, work: () => Promise<T>): Promise<T> {
    this.inFlight.set(route, (this.inFlight.get(route) ?? 0) + 1);
    try {
      return await work();
    } finally {
      this.inFlight.set(route, (this.inFlight.get(route) ?? 1) - 1);
    }
  }

  inFlightOf(route?: string): number {
    if (route) return this.inFlight.get(route) ?? 0;
    return [...this.inFlight.values()].reduce((sum, count) => sum + count, 0);
  }

  /** Seconds since the soak started, for the timeline. */
  elapsed(): number {
    return (Date.now() - this.startedAt) / 1000;
  }

  note(what: string): void {
    this.timeline.push({ atMs: Date.now() - this.startedAt, what });
    console.error(`[soak] t+${this.elapsed().toFixed(1)}s ${what}`);
  }

  problem(what: string): void {
    this.problems.push(what);
    console.error(`[soak] PROBLEM ${what}`);
  }

  /** Answers with this status, over every route. */
  countOf(status: number): number {
    let total = 0;
    for (const byStatus of this.answers.values()) total += byStatus.get(status) ?? 0;
    return total;
  }
}

/** The p-th percentile (0..100) of `values`, nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
