import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "./rules";

describe("RATE_LIMITS", () => {
  const rules = Object.values(RATE_LIMITS);

  it("names every rule once, in a form that can lead a stored key", () => {
    expect(new Set(rules.map((rule) => rule.name)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("allows at least one hit at once and refills at a positive rate", () => {
    for (const rule of rules) {
      expect(Number.isInteger(rule.limit) && rule.limit >= 1).toBe(true);
      expect(rule.periodSeconds).toBeGreaterThan(0);
    }
  });
});
