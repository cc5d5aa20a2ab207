import { describe, expect, it } from "vitest";
import { MAX_RETRY_DELAY_MS } from "./delivery-settings";
import { retryDelayMs } from "./retry-delay";

describe("retryDelayMs", () => {
  it("doubles from the base with each failed try, between half and all of it", () => {
    for (const [tries, ceiling] of [
      [1, 10_000],
      [2, 20_000],
      [3, 40_000],
      [8, 1_280_000],
    ] as const) {
      expect(retryDelayMs(tries, 10_000, () => 0)).toBe(ceiling / 2);
      expect(retryDelayMs(tries, 10_000, () => 0.5)).toBe((ceiling * 3) / 4);
      expect(retryDelayMs(tries, 10_000, () => 1 - Number.EPSILON)).toBe(ceiling);
    }
  });

  it("never waits longer than 6 hours, however many tries failed", () => {
    for (const tries of [13, 14, 50, 10_000])
      expect(retryDelayMs(tries, 10_000, () => 1 - Number.EPSILON)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(12, 10_000, () => 1 - Number.EPSILON)).toBe(20_480_000);
    expect(retryDelayMs(10_000, 10_000, () => 0)).toBe(MAX_RETRY_DELAY_MS / 2);
  });

  it("spreads tries that failed together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, 10_000)));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(20_000);
  });
});
