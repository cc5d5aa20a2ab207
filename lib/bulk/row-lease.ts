import { LeaseLost, RunStopped } from "./row-errors";

/**
 * A claimed row's lease as its worker sees it: renewed by the run's
 * heartbeat, lost when a renewal finds another token on the row. Checked
 * before each step that writes to Veriff, so a worker that lost its row
 * starts nothing more for it; and one whose renewals have not got through
 * lately (the database slow or away) stops a third of a lease before another
 * process could take the row over, rather than race it.
 */
export class RowLease {
  private held = true;
  /** Until when the row is ours as far as we know: the start of the last claim or renewal that got through, plus the lease. */
  private heldUntil: number;

  constructor(
    readonly rowId: string,
    readonly token: string,
    readonly claimedAt: Date,
    private readonly leaseMs: number,
    private readonly stopping: AbortSignal,
  ) {
    this.heldUntil = claimedAt.getTime() + leaseMs;
  }

  /** A renewal that started at `at` got through. */
  renewed(at: Date): void {
    this.heldUntil = Math.max(this.heldUntil, at.getTime() + this.leaseMs);
  }

  markLost(): void {
    this.held = false;
  }

  check(now = Date.now()): void {
    if (!this.held || now > this.heldUntil - this.leaseMs / 3) throw new LeaseLost();
    if (this.stopping.aborted) throw new RunStopped();
  }

  /**
   * How long ago this claim began, as sendFrame's "abandoned after": a frame
   * left pending by an earlier holder (which stopped, or it would still hold
   * the row) is lost, not on its way.
   */
  heldForMs(): number {
    return Math.max(0, Date.now() - this.claimedAt.getTime());
  }
}
