import { LeaseLost, RunStopped } from "./row-errors";

/**
 * A claimed row's lease as its worker sees it: renewed by the run's
 * heartbeat, lost when a renewal finds another token on the row. Checked
 * before each step that writes to Veriff, so a worker that lost its row
 * starts nothing more for it.
 */
export class RowLease {
  private held = true;

  constructor(
    readonly rowId: string,
    readonly token: string,
    readonly claimedAt: Date,
    private readonly stopping: AbortSignal,
  ) {}

  markLost(): void {
    this.held = false;
  }

  check(): void {
    if (!this.held) throw new LeaseLost();
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
