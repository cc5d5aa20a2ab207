import type { TryOutcome } from "@/lib/veriff/try-listeners";

/**
 * How many rows a bulk run works on at once, paced by Veriff's answers:
 * additive increase, multiplicative decrease, as TCP paces a connection. Every
 * try that says "too much" (429, a 5xx, a timeout or a dropped connection)
 * halves the limit, at most once per `cooldownMs` so one burst of failures
 * counts once; each success adds 1/limit, so a full round of successes adds one.
 */
export class AdaptiveLimit {
  private current: number;
  private credit = 0;
  private lastCutAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly max: number,
    private readonly options: { min?: number; cooldownMs?: number; now?: () => number } = {},
  ) {
    this.current = max;
  }

  get limit(): number {
    return this.current;
  }

  observe(outcome: TryOutcome): void {
    if (typeof outcome === "number" && outcome < 400) this.succeeded();
    else if (
      outcome === 429 ||
      (typeof outcome === "number" && outcome >= 500) ||
      outcome === "timeout" ||
      outcome === "network"
    )
      this.pushedBack();
  }

  private succeeded(): void {
    if (this.current >= this.max) return;
    this.credit += 1 / this.current;
    if (this.credit >= 1) {
      this.current += 1;
      this.credit = 0;
    }
  }

  private pushedBack(): void {
    const now = (this.options.now ?? Date.now)();
    if (now - this.lastCutAt < (this.options.cooldownMs ?? 1_000)) return;
    this.lastCutAt = now;
    this.current = Math.max(this.options.min ?? 1, Math.floor(this.current / 2));
    this.credit = 0;
  }
}
