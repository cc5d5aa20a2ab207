// Sign-in slow-down and the trusted client address, through the real auth
// route (Better Auth's handler included) against a real PostgreSQL. Time is
// moved with a fake Date (only Date: timers, Prisma and pg run for real), so
// minutes of waiting take none. A database of its own: Better Auth prunes its
// counters by the (fake) clock, which would wipe other test files' counters.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { db } from "@/lib/db";
import { exportEnv } from "@/lib/env";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/http/peer-address";
import { separateDatabase } from "@/scripts/test-support/separate-database";
import { AUTH_CLIENT_ADDRESS_HEADER } from "./auth";
import type { StaffMember } from "./current-staff";
import { PER_ACCOUNT, PER_ADDRESS, signInThrottles } from "./sign-in-throttle";
import { createStaffMember } from "./team";
import { unlockSignIn } from "./unlock-sign-in";

const ORIGIN = "https://kyc.example.com";
const PASSWORD = "a-long-enough-password";
const WRONG = "wrong-password-123";
const WINDOW_SECONDS = 15 * 60;

separateDatabase("throttle", { APP_BASE_URL: ORIGIN, TRUSTED_PROXY_HOPS: "0" });
afterEach(() => {
  vi.useRealTimers();
  exportEnv({ TRUSTED_PROXY_HOPS: "0" });
});

/** Starts a fake clock; returns a function that moves it on by some seconds. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
  return (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);
}

async function newStaff(role: "admin" | "agent"): Promise<StaffMember> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.com`;
  const created = await createStaffMember({ email, name: role, role, password: PASSWORD }, { by: "operator" });
  if (!created.ok) throw new Error(created.message);
  return { id: created.id, email, name: role, role };
}

/**
 * A sign-in over a connection from `peer` (stamped as lib/http/peer-address.ts
 * does for a real socket; null: no socket address), with any headers the client adds.
 */
async function signIn(email: string, password: string, peer: string | null, headers: Record<string, string> = {}) {
  const response = await authPost(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        ...(peer ? { [PEER_ADDRESS_HEADER]: peerAddressStamp(peer) } : {}),
        ...headers,
      },
      body: JSON.stringify({ email, password }),
    }),
    {},
  );
  const retryAfter = Number(response.headers.get("retry-after") ?? response.headers.get("x-retry-after") ?? 0);
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { status: response.status, code: body?.error?.code, retryAfter };
}

/** Better Auth's per-address counters for sign-in, by address. */
async function addressCounters(addresses: string[]) {
  const rows = await db().authRateLimit.findMany({
    where: { key: { in: addresses.map((address) => `${address}|/sign-in/email`) } },
  });
  return Object.fromEntries(rows.map((row) => [row.key.split("|")[0], row.count]));
}

async function accountRow(email: string) {
  const state = await signInThrottles([email]);
  return state.get(email) ?? null;
}

describe("sign-in slow-down per account", () => {
  it("the finding: 11 wrong passwords from one client forging X-Forwarded-For do not keep the owner out", async () => {
    const advance = fakeClock();
    const owner = await newStaff("agent");
    const attacker = "192.0.2.66";
    const refusals: number[] = [];
    let failures = 0;
    for (let attempt = 0; failures < 11; attempt++) {
      expect(attempt).toBeLessThan(40);
      const result = await signIn(owner.email, WRONG, attacker, { "x-forwarded-for": `198.51.100.${attempt + 1}` });
      if (result.status === 401) failures++;
      else {
        // Slowed, never locked: told when to come back, never more than the per-address cap.
        expect(result.status).toBe(429);
        expect(result.retryAfter).toBeGreaterThan(0);
        expect(result.retryAfter).toBeLessThanOrEqual(PER_ADDRESS.capSeconds);
        refusals.push(result.retryAfter);
        advance(result.retryAfter);
      }
    }
    expect(refusals.length).toBeGreaterThan(0);
    // Every try counted against the attacker's real address, none against the forged ones.
    expect(await addressCounters([attacker, "198.51.100.1", "198.51.100.2"])).toEqual({
      [attacker]: expect.any(Number),
    });
    // The owner, from their own address, gets in at once.
    expect(await signIn(owner.email, PASSWORD, "203.0.113.5")).toMatchObject({ status: 200 });
    // The attacker is still slowed: the owner's success cleared only the account's and the owner's counters.
    const again = await signIn(owner.email, WRONG, attacker, { "x-forwarded-for": "198.51.100.250" });
    expect([again.status, again.code]).toEqual([429, "too_many_attempts"]);
  });

  it("the owner on the same address as the guesser gets in after the slow-down, not later", async () => {
    const advance = fakeClock();
    const owner = await newStaff("agent");
    const shared = "192.0.2.77";
    for (let attempt = 0; attempt < PER_ADDRESS.free; attempt++)
      expect((await signIn(owner.email, WRONG, shared)).status).toBe(401);
    const slowed = await signIn(owner.email, PASSWORD, shared, { "x-forwarded-for": "203.0.113.5" });
    expect([slowed.status, slowed.code, slowed.retryAfter]).toEqual([429, "too_many_attempts", 2]);
    advance(slowed.retryAfter);
    // Better Auth's own per-address limit (5 a minute) may still ask for its minute; then the password works.
    let result = await signIn(owner.email, PASSWORD, shared);
    if (result.status === 429) {
      expect(result.retryAfter).toBeLessThanOrEqual(60);
      advance(result.retryAfter);
      result = await signIn(owner.email, PASSWORD, shared);
    }
    expect(result.status).toBe(200);
    expect(await accountRow(owner.email)).toBeNull();
  });

  it("keeps a fixed window: further failures never extend it, and it ends on time", async () => {
    const advance = fakeClock();
    const owner = await newStaff("agent");
    const attacker = "192.0.2.88";
    const started = Date.now();
    expect((await signIn(owner.email, WRONG, attacker)).status).toBe(401);
    const { windowEndsAt } = (await accountRow(owner.email))!;
    expect(windowEndsAt.getTime()).toBe(started + WINDOW_SECONDS * 1000);
    // The attacker keeps failing, waiting out each delay, up to the end of the window.
    let tries = 1;
    while (Date.now() < started + (WINDOW_SECONDS - 130) * 1000) {
      const result = await signIn(owner.email, WRONG, attacker);
      if (result.status === 401) tries++;
      else advance(result.retryAfter);
    }
    expect(tries).toBeGreaterThan(10);
    // About 17 tries at most in a window from one address: it never reaches the account-wide slow-down.
    expect(tries).toBeLessThan(PER_ACCOUNT.free);
    expect(await accountRow(owner.email)).toMatchObject({ failures: tries, windowEndsAt });
    // Past the window's end, the next try starts afresh: free again, and a new window.
    vi.setSystemTime(started + WINDOW_SECONDS * 1000 + 1000);
    // The per-address limit (20 in 2 minutes) counts on the database's clock, which a fake Date does not
    // move: its minutes are taken as passed (this file has a database of its own).
    await db().rateLimit.deleteMany();
    expect((await signIn(owner.email, WRONG, attacker)).status).toBe(401);
    expect((await accountRow(owner.email))!.failures).toBe(1);
    expect((await signIn(owner.email, WRONG, attacker)).status).toBe(401);
    expect((await signIn(owner.email, PASSWORD, "203.0.113.6")).status).toBe(200);
  });

  it("many real addresses slow the whole account down, and the owner still gets in after the wait", async () => {
    exportEnv({ TRUSTED_PROXY_HOPS: "1" });
    const advance = fakeClock();
    const owner = await newStaff("agent");
    // Through one proxy (hops 1), each guess from its own real address.
    const from = (address: string) => ({ "x-forwarded-for": `6.6.6.6, ${address}` });
    for (let attempt = 0; attempt < PER_ACCOUNT.free; attempt++)
      expect((await signIn(owner.email, WRONG, "10.0.0.1", from(`198.51.100.${attempt + 1}`))).status).toBe(401);
    const slowed = await signIn(owner.email, PASSWORD, "10.0.0.1", from("203.0.113.7"));
    expect([slowed.status, slowed.code, slowed.retryAfter]).toEqual([429, "too_many_attempts", 2]);
    // Guessers keep at it, a fresh address each time; the account's delay stops rising at its cap.
    let last = slowed.retryAfter;
    for (let guess = 0; guess < 12; guess++) {
      const result = await signIn(owner.email, WRONG, "10.0.0.1", from(`198.51.100.${100 + guess}`));
      if (result.status === 429) {
        last = result.retryAfter;
        advance(result.retryAfter);
      }
    }
    expect(last).toBeLessThanOrEqual(PER_ACCOUNT.capSeconds);
    const waiting = await signIn(owner.email, PASSWORD, "10.0.0.1", from("203.0.113.7"));
    expect(waiting.status).toBe(429);
    expect(waiting.retryAfter).toBeLessThanOrEqual(PER_ACCOUNT.capSeconds);
    advance(waiting.retryAfter);
    expect((await signIn(owner.email, PASSWORD, "10.0.0.1", from("203.0.113.7"))).status).toBe(200);
  });

  it("counts a sign-in only when it is JSON", async () => {
    const owner = await newStaff("agent");
    const response = await authPost(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "text/plain", origin: ORIGIN, [PEER_ADDRESS_HEADER]: peerAddressStamp("192.0.2.9") },
        body: JSON.stringify({ email: owner.email, password: WRONG }),
      }),
      {},
    );
    expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([
      415,
      "unsupported_type",
    ]);
    expect(await accountRow(owner.email)).toBeNull();
  });
});

describe("Better Auth's per-address limit uses the trusted address", () => {
  // Six wrong passwords for six different accounts (so only the per-address limit applies),
  // each claiming another address in X-Forwarded-For and in Better Auth's own header.
  const cases = [
    { hops: 0, peer: "192.0.2.10", trusted: "192.0.2.10", xff: (forged: string) => forged },
    { hops: 1, peer: "10.0.0.1", trusted: "192.0.2.11", xff: (forged: string) => `${forged}, 192.0.2.11` },
    {
      hops: 2,
      peer: "10.0.0.2",
      trusted: "192.0.2.12",
      xff: (forged: string) => `${forged}, 192.0.2.12, 10.0.0.1`,
    },
  ];
  for (const { hops, peer, trusted, xff } of cases) {
    it(`with TRUSTED_PROXY_HOPS=${hops}`, async () => {
      exportEnv({ TRUSTED_PROXY_HOPS: String(hops) });
      const forged = Array.from({ length: 6 }, (_, index) => `198.18.${hops}.${index + 1}`);
      const statuses = [];
      for (const address of forged) {
        const result = await signIn(`nobody-${randomUUID()}@example.com`, WRONG, peer, {
          "x-forwarded-for": xff(address),
          [AUTH_CLIENT_ADDRESS_HEADER]: address,
        });
        statuses.push(result.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect(await addressCounters([trusted, peer, ...forged])).toEqual({ [trusted]: 5 });
      // And a session records the trusted address.
      const staff = await newStaff("agent");
      const signedIn = await signIn(staff.email, PASSWORD, peer, { "x-forwarded-for": xff("198.51.100.200") });
      expect(signedIn.status).toBe(429); // the same trusted address, still over its limit
      exportEnv({ TRUSTED_PROXY_HOPS: "0" });
      expect((await signIn(staff.email, PASSWORD, "203.0.113.40")).status).toBe(200);
      expect((await db().staffSession.findFirstOrThrow({ where: { userId: staff.id } })).ipAddress).toBe(
        "203.0.113.40",
      );
    });
  }

  it("counts every client without a known address as one (hops 0 and no socket address)", async () => {
    const first = await signIn(`nobody-${randomUUID()}@example.com`, WRONG, null, { "x-forwarded-for": "6.6.6.6" });
    expect(first.status).toBe(401);
    expect(await addressCounters(["6.6.6.6"])).toEqual({});
  });
});

describe("unlocking a staff member's sign-in", () => {
  it("an admin clears the counters at once, and the audit log says so", async () => {
    exportEnv({ TRUSTED_PROXY_HOPS: "1" });
    fakeClock();
    const admin = await newStaff("admin");
    const owner = await newStaff("agent");
    for (let attempt = 0; attempt < PER_ACCOUNT.free; attempt++)
      await signIn(owner.email, WRONG, "10.0.0.1", { "x-forwarded-for": `198.51.100.${attempt + 1}` });
    expect(await accountRow(owner.email)).toMatchObject({ failures: PER_ACCOUNT.free, retryAfterSeconds: 2 });
    expect((await signIn(owner.email, PASSWORD, "10.0.0.1", { "x-forwarded-for": "203.0.113.9" })).status).toBe(429);

    expect(await unlockSignIn(admin, owner.id)).toEqual({ ok: true, cleared: PER_ACCOUNT.free + 1 });
    expect(await accountRow(owner.email)).toBeNull();
    expect(
      await db().auditLogEntry.findMany({
        where: { actorId: admin.id },
        select: { actorEmail: true, action: true, details: true },
      }),
    ).toEqual([
      {
        actorEmail: admin.email,
        action: "staff.sign_in_unlocked",
        details: { staffId: owner.id, email: owner.email, cleared: PER_ACCOUNT.free + 1 },
      },
    ]);
    expect((await signIn(owner.email, PASSWORD, "10.0.0.1", { "x-forwarded-for": "203.0.113.9" })).status).toBe(200);
  });

  it("an agent cannot unlock: nothing is cleared and nothing is recorded", async () => {
    const agent = await newStaff("agent");
    const owner = await newStaff("agent");
    await signIn(owner.email, WRONG, "192.0.2.30");
    expect(await unlockSignIn(agent, owner.id)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await accountRow(owner.email)).toMatchObject({ failures: 1 });
    expect(await db().auditLogEntry.count({ where: { actorId: agent.id } })).toBe(0);
  });

  it("says so when the staff member no longer exists", async () => {
    const admin = await newStaff("admin");
    expect(await unlockSignIn(admin, randomUUID())).toMatchObject({ ok: false, code: "not_found" });
  });
});
