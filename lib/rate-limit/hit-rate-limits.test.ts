// Rate limits against a real PostgreSQL: concurrent hits, two app instances
// (two Prisma clients with their pools), an injected clock.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { hitRateLimits, type RateLimitDecision } from "./hit-rate-limits";
import type { RateLimitRule } from "./rules";

// Times of their own, far from today's, so that no worker's purge running
// meanwhile (jobs tests) removes these rows: their buckets are still draining.
const T0 = new Date(Date.UTC(2100, 0, 1));
const at = (ms: number) => new Date(T0.getTime() + ms);
/** A rule no other test uses, so its rows are this test's alone. */
const rule = (limit: number, periodSeconds: number): RateLimitRule => ({
  name: `test-${randomUUID().slice(0, 8)}`,
  limit,
  periodSeconds,
});
const subject = () => randomUUID();
const allowed = (decisions: RateLimitDecision[]) => decisions.filter((decision) => decision.allowed).length;

const others: PrismaClient[] = [];
afterAll(() => Promise.all(others.map((client) => client.$disconnect())));

describe("hitRateLimits", () => {
  it("lets exactly `limit` of 50 concurrent hits through, each told what remains", async () => {
    const limit = rule(10, 60);
    const token = subject();
    const decisions = await Promise.all(
      Array.from({ length: 50 }, () => hitRateLimits([{ rule: limit, subject: token }], { now: T0 })),
    );
    expect(allowed(decisions)).toBe(10);
    const remaining = decisions.flatMap((decision) => (decision.allowed ? [decision.remaining] : []));
    expect(remaining.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const decision of decisions.filter((decision) => !decision.allowed))
      expect(decision).toEqual({ allowed: false, rule: limit.name, retryAfterSeconds: 6 });
    // Ten hits of 6 s each: the bucket is full again one period later, whatever the refused forty did.
    const [row] = await db().rateLimit.findMany({ where: { key: { startsWith: `${limit.name}:` } } });
    expect(row?.theoreticalArrivalAt).toEqual(at(60_000));
  });

  it("shares one count between two app instances (two clients, two connection pools)", async () => {
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL }) });
    others.push(other);
    const limit = rule(6, 60);
    const token = subject();
    const hit = (client: PrismaClient, now = T0) => hitRateLimits([{ rule: limit, subject: token }], { now, client });

    // Turn about: three from each instance are allowed, the seventh is refused by either.
    const sequential: RateLimitDecision[] = [];
    for (let index = 0; index < 6; index++) sequential.push(await hit(index % 2 ? other : db()));
    expect(allowed(sequential)).toBe(6);
    expect((await hit(other)).allowed).toBe(false);
    expect((await hit(db())).allowed).toBe(false);

    // At once, from both: a fresh bucket 10 minutes on lets exactly 6 of 40 through.
    const later = at(10 * 60_000);
    const concurrent = await Promise.all(
      Array.from({ length: 40 }, (_, index) => hit(index % 2 ? other : db(), later)),
    );
    expect(allowed(concurrent)).toBe(6);
  });

  it("refills one hit per period / limit on the injected clock, with an exact Retry-After", async () => {
    const limit = rule(5, 10); // one hit every 2 s
    const token = subject();
    const hit = (ms: number) => hitRateLimits([{ rule: limit, subject: token }], { now: at(ms) });

    for (const remaining of [4, 3, 2, 1, 0]) expect(await hit(0)).toEqual({ allowed: true, remaining });
    const refused = (retryAfterSeconds: number) => ({ allowed: false, rule: limit.name, retryAfterSeconds });
    expect(await hit(0)).toEqual(refused(2));
    expect(await hit(500)).toEqual(refused(2));
    expect(await hit(1_000)).toEqual(refused(1));
    expect(await hit(1_999)).toEqual(refused(1));
    expect(await hit(2_000)).toEqual({ allowed: true, remaining: 0 });
    expect(await hit(2_000)).toEqual(refused(2));

    // Knocking while refused changes nothing: the next hit still fits 2 s later.
    for (let index = 0; index < 20; index++) await hit(3_000);
    expect(await hit(3_999)).toEqual(refused(1));
    expect(await hit(4_000)).toEqual({ allowed: true, remaining: 0 });

    // The bucket is full again once the last counted hit has drained (t = 4 s + 10 s).
    expect(allowed(await Promise.all(Array.from({ length: 6 }, () => hit(14_000))))).toBe(5);
  });

  it("counts on the database's clock, not the instance's, when no time is given", async () => {
    const limit = rule(2, 60); // one hit every 30 s
    const token = subject();
    const databaseTime = async () =>
      (await db().$queryRaw<{ at: Date }[]>`select clock_timestamp() as at`)[0]!.at.getTime();
    const before = await databaseTime();
    // This instance's clock an hour fast: the hit still counts at the database's time.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3_600_000 });
    try {
      expect(await hitRateLimits([{ rule: limit, subject: token }])).toEqual({ allowed: true, remaining: 1 });
    } finally {
      vi.useRealTimers();
    }
    const after = await databaseTime();
    const [row] = await db().rateLimit.findMany({ where: { key: { startsWith: `${limit.name}:` } } });
    const arrival = row!.theoreticalArrivalAt.getTime();
    expect(arrival).toBeGreaterThanOrEqual(before + 30_000);
    expect(arrival).toBeLessThanOrEqual(after + 30_000);
    await hitRateLimits([{ rule: limit, subject: token }]);
    const refused = await hitRateLimits([{ rule: limit, subject: token }]);
    expect(refused).toMatchObject({ allowed: false, rule: limit.name });
    // The first hit's 30 s have not drained: the next one fits in about 30 s, by the database's clock.
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it("says how long to wait under a slow rule", async () => {
    const limit = rule(10, 60 * 60); // one start every 6 minutes
    const address = subject();
    const hit = (ms: number) => hitRateLimits([{ rule: limit, subject: address }], { now: at(ms) });
    for (let index = 0; index < 10; index++) expect((await hit(index * 1_000)).allowed).toBe(true);
    expect(await hit(10_000)).toEqual({ allowed: false, rule: limit.name, retryAfterSeconds: 360 - 10 });
    expect(await hit(359_500)).toEqual({ allowed: false, rule: limit.name, retryAfterSeconds: 1 });
    expect(await hit(360_000)).toEqual({ allowed: true, remaining: 0 });
  });

  it("lets no more than `limit` through around what would be a window's edge", async () => {
    // A fixed 10 s window would let 5 through just before 10 s and 5 more just after.
    const limit = rule(5, 10);
    const token = subject();
    const burst = (ms: number) =>
      Promise.all(Array.from({ length: 5 }, () => hitRateLimits([{ rule: limit, subject: token }], { now: at(ms) })));
    expect(allowed(await burst(9_999))).toBe(5);
    expect(allowed(await burst(10_001))).toBe(0);
    expect(allowed(await burst(11_999))).toBe(1);
  });

  it("keeps rules and subjects apart, and stores neither subject nor token", async () => {
    const a = rule(2, 60);
    const b = rule(2, 60);
    const [one, two] = [subject(), subject()];
    const hit = (limit: RateLimitRule, who: string) => hitRateLimits([{ rule: limit, subject: who }], { now: T0 });
    for (let index = 0; index < 3; index++) await hit(a, one);
    expect((await hit(a, one)).allowed).toBe(false);
    expect(await hit(a, two)).toEqual({ allowed: true, remaining: 1 });
    expect(await hit(b, one)).toEqual({ allowed: true, remaining: 1 });

    const rows = await db().rateLimit.findMany({
      where: { OR: [{ key: { startsWith: `${a.name}:` } }, { key: { startsWith: `${b.name}:` } }] },
    });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.key).toMatch(/^test-[0-9a-f]{8}:[0-9a-f]{64}$/);
      expect(row.key).not.toContain(one);
      expect(row.key).not.toContain(two);
    }
    // The same subject under two rules gives unrelated hashes.
    const digests = rows.map((row) => row.key.split(":")[1]);
    expect(new Set(digests).size).toBe(3);
  });

  it("counts a request against all of its rules or none", async () => {
    const perToken = rule(3, 60);
    const perAddress = rule(5, 60);
    const address = subject();
    const request = (token: string, now = T0) =>
      hitRateLimits(
        [
          { rule: perToken, subject: token },
          { rule: perAddress, subject: address },
        ],
        { now },
      );

    const first = subject();
    expect(await request(first)).toEqual({ allowed: true, remaining: 2 });
    expect(await request(first)).toEqual({ allowed: true, remaining: 1 });
    expect(await request(first)).toEqual({ allowed: true, remaining: 0 });
    // Refused for its token, ten times: the address it shares is not charged.
    for (let index = 0; index < 10; index++)
      expect(await request(first)).toEqual({ allowed: false, rule: perToken.name, retryAfterSeconds: 20 });

    const second = subject();
    expect(await request(second)).toEqual({ allowed: true, remaining: 1 });
    expect(await request(second)).toEqual({ allowed: true, remaining: 0 });
    // Now the address refuses; the second token gets its hit back and keeps one.
    expect(await request(second)).toEqual({ allowed: false, rule: perAddress.name, retryAfterSeconds: 12 });
    expect(await request(second, at(12_000))).toEqual({ allowed: true, remaining: 0 });

    // Both refuse: the answer is the longer wait.
    expect(await request(first, at(12_000))).toEqual({ allowed: false, rule: perAddress.name, retryAfterSeconds: 12 });
  });

  it("keeps the all-or-none count right with many such requests at once", async () => {
    const perToken = rule(4, 60); // 15 s a hit
    const perAddress = rule(10, 60); // 6 s a hit
    const address = subject();
    const tokens = [subject(), subject(), subject(), subject(), subject()];
    const request = (index: number) =>
      hitRateLimits(
        [
          { rule: perToken, subject: tokens[index % tokens.length]! },
          { rule: perAddress, subject: address },
        ],
        { now: T0 },
      );
    // While a hit refused for its token is being given back, the address may
    // refuse another: at once, at most 10 get through.
    const concurrent = allowed(await Promise.all(Array.from({ length: 60 }, (_, index) => request(index))));
    expect(concurrent).toBeGreaterThan(0);
    expect(concurrent).toBeLessThanOrEqual(10);
    // Whatever was given back is really free: one at a time, the rest of the 10 get through.
    const sequential: RateLimitDecision[] = [];
    for (let index = 0; index < 30; index++) sequential.push(await request(index));
    expect(concurrent + allowed(sequential)).toBe(10);

    const used = (name: string, secondsPerHit: number) => db().$queryRaw<{ used: number }[]>`
      select coalesce(sum(round(extract(epoch from theoretical_arrival_at - ${T0.toISOString()}::timestamptz)
        / ${secondsPerHit})), 0)::int as used
      from rate_limits where key like ${`${name}:%`}`;
    expect(await used(perToken.name, 15)).toEqual([{ used: 10 }]);
    expect(await used(perAddress.name, 6)).toEqual([{ used: 10 }]);
  });

  it("refuses a request that names one bucket twice, or none", async () => {
    const limit = rule(5, 60);
    const token = subject();
    await expect(
      hitRateLimits([
        { rule: limit, subject: token },
        { rule: limit, subject: token },
      ]),
    ).rejects.toThrow("once against each rule");
    await expect(hitRateLimits([])).rejects.toThrow("at least one rule");
  });
});
