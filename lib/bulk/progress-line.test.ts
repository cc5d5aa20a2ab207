import { describe, expect, it } from "vitest";
import { duration, ProgressMeter, progressLine, type ProgressSample } from "./progress-line";

const sample = (at: number, submitted: number, failed = 0): ProgressSample => ({
  at,
  counts: { pending: 0, created: 0, uploaded: 0, submitted, failed, invalid: 10, total: 210 },
  concurrency: 6,
  inFlight: 5,
});

describe("progress", () => {
  it("counts the rate over the last minute and the time left from it", () => {
    const meter = new ProgressMeter();
    expect(meter.add(sample(0, 0))).toBeNull();
    expect(meter.add(sample(30_000, 50))).toBe(100);
    expect(meter.add(sample(90_000, 110, 10))).toBe(70); // since 30 s: the first sample has left the window
    const line = progressLine(sample(90_000, 110, 10), 120, 10);
    expect(line).toBe(
      "[######----]  120/200  submitted 110  failed 10  invalid 10  120.0 rows/min  ETA 40s  working on 5 (at most 6)",
    );
  });

  it("says done at the end, and reads durations", () => {
    expect(progressLine(sample(0, 200), null, 4)).toContain("[####]  200/200  submitted 200");
    expect(progressLine(sample(0, 200), null, 4)).toContain("done");
    expect([duration(59_000), duration(61_000), duration(3_725_000)]).toEqual(["59s", "1m01s", "1h02m"]);
  });
});
