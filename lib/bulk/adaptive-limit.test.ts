import { describe, expect, it } from "vitest";
import { AdaptiveLimit } from "./adaptive-limit";

describe("AdaptiveLimit", () => {
  it("halves on 429, 5xx, timeouts and dropped connections, once per cool-down, and never below the minimum", () => {
    let now = 0;
    const limit = new AdaptiveLimit(16, { cooldownMs: 1_000, now: () => now });
    limit.observe(429);
    expect(limit.limit).toBe(8);
    limit.observe(500); // the same burst
    expect(limit.limit).toBe(8);
    for (const outcome of [503, "timeout", "network", 429, 429]) {
      now += 1_000;
      limit.observe(outcome);
    }
    expect(limit.limit).toBe(1);
  });

  it("grows by one for each full round of successes, up to the maximum; refusals of ours change nothing", () => {
    let now = 0;
    const limit = new AdaptiveLimit(4, { now: () => now });
    limit.observe(429);
    expect(limit.limit).toBe(2);
    limit.observe(400);
    limit.observe(409);
    limit.observe(200);
    expect(limit.limit).toBe(2);
    limit.observe(201);
    expect(limit.limit).toBe(3);
    for (let i = 0; i < 20; i++) limit.observe(200);
    expect(limit.limit).toBe(4);
    now += 5_000;
    limit.observe(502);
    expect(limit.limit).toBe(2);
  });
});
