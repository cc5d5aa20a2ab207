// The rate-limit purge against a PostgreSQL database of its own: it deletes
// across the whole table, so no other test's rows may be there.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitRateLimits } from "@/lib/rate-limit/hit-rate-limits";
import { separateDatabase } from "@/scripts/test-support/separate-database";
import { purgeRateLimits } from "./purge-rate-limits";

separateDatabase("rate_limits");

const T0 = Date.UTC(2100, 0, 1);
const perMinute = { name: "test-purge", limit: 6, periodSeconds: 60 }; // 10 s a hit
const hit = (subject: string, seconds: number, times = 1) =>
  Promise.all(
    Array.from({ length: times }, () =>
      hitRateLimits([{ rule: perMinute, subject }], { now: new Date(T0 + seconds * 1000) }),
    ),
  );
const allowed = (decisions: { allowed: boolean }[]) => decisions.filter((decision) => decision.allowed).length;
const keys = () => db().rateLimit.count();

describe("purgeRateLimits", () => {
  it("removes the buckets that are full again and only those, once however many workers race", async () => {
    await hit("drained long ago", 0); // full again at 10 s
    await hit("drained just now", 50); // full again at 60 s
    await hit("still draining", 55); // full again at 65 s
    await hit("spent", 30, 6); // full again at 90 s
    expect(await keys()).toBe(4);

    const purged = await Promise.all([0, 1, 2].map(() => purgeRateLimits(new Date(T0 + 60_001))));
    expect(purged.reduce((sum, count) => sum + count, 0)).toBe(2);
    const left = await db().rateLimit.findMany({ orderBy: { theoreticalArrivalAt: "asc" } });
    expect(left.map((row) => row.theoreticalArrivalAt)).toEqual([new Date(T0 + 65_000), new Date(T0 + 90_000)]);

    // What was kept still counts: half of the spent bucket has come back 30 s after its burst.
    expect(allowed(await hit("spent", 60, 4))).toBe(3);
    // What was removed starts again full, as it would have anyway.
    expect(allowed(await hit("drained just now", 60, 7))).toBe(6);

    expect(await purgeRateLimits(new Date(T0 + 65_000))).toBe(0);
    expect(await purgeRateLimits(new Date(T0 + 200_000))).toBe(3);
    expect(await keys()).toBe(0);
  });
});
