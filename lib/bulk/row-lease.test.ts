import { describe, expect, it } from "vitest";
import { LeaseLost, RunStopped } from "./row-errors";
import { RowLease } from "./row-lease";

describe("RowLease", () => {
  const claimedAt = new Date(1_000_000);

  it("holds while renewals get through, and stops a third of a lease before another process could take over", () => {
    const lease = new RowLease("row", "token", claimedAt, 3_000, new AbortController().signal);
    expect(() => lease.check(1_000_000 + 1_999)).not.toThrow();
    expect(() => lease.check(1_000_000 + 2_001)).toThrow(LeaseLost);
    lease.renewed(new Date(1_000_000 + 1_500));
    expect(() => lease.check(1_000_000 + 3_499)).not.toThrow();
    lease.renewed(new Date(1_000_000 + 100)); // a late answer to an older renewal moves nothing back
    expect(() => lease.check(1_000_000 + 3_499)).not.toThrow();
  });

  it("is lost when a renewal finds the row taken over, and stops when the run stops", () => {
    const stop = new AbortController();
    const lease = new RowLease("row", "token", claimedAt, 3_000, stop.signal);
    stop.abort();
    expect(() => lease.check(1_000_000)).toThrow(RunStopped);
    lease.markLost();
    expect(() => lease.check(1_000_000)).toThrow(LeaseLost);
  });
});
