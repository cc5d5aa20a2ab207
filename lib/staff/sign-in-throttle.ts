import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addressGroup } from "@/lib/http/client-address";

// Sign-in tries are slowed down, never refused for good: a lock that anyone
// can trigger by typing someone's email with a wrong password is a way to keep
// that person out. Two counters, each in a fixed 15-minute window that opens
// at its first try and that further tries never move:
//
// - per account and client address (the trusted one, lib/http/client-address.ts):
//   5 tries free, then one try per 2, 4, 8, ... seconds, at most 2 minutes
//   apart. One client, whatever X-Forwarded-For it forges, only slows itself:
//   the account's owner, elsewhere, signs in at once.
// - per account, whatever the address: 20 tries free, then one try per 2, 4,
//   8, ... seconds, at most 1 minute apart. This bounds guessing from many
//   addresses (about 40 tries in 15 minutes). One client cannot reach it on
//   its own: its own counter lets it make about 17 tries in a window.
//
// The trade-off: a guesser with many addresses and the account's owner share
// the account's tries, one a minute at worst, and the owner may lose the race
// for a few. The owner still gets in, told how long to wait (Retry-After),
// without an admin (who can clear the counters at once: Team page). Keeping
// the owner entirely out of that race would take something only the owner
// has, such as a cookie from an earlier sign-in on the same device.
//
// A try counts when it is let through, before its outcome is known, so that
// concurrent tries cannot all pass; a success then deletes the account's
// counter and its own address's (the other addresses' stay), and a try that
// tested no password is given back. Refused tries count nothing. Rows live in
// Postgres, so every instance counts the same.

const WINDOW_MS = 15 * 60 * 1000;

type Rule = { free: number; capSeconds: number };

/** What one client address may do to one account. */
export const PER_ADDRESS: Rule = { free: 5, capSeconds: 120 };
/** What all addresses together may do to one account. */
export const PER_ACCOUNT: Rule = { free: 20, capSeconds: 60 };

/** Seconds between tries once `failures` tries in the window went without a success. */
export function delaySeconds(failures: number, rule: Rule): number {
  return failures < rule.free ? 0 : Math.min(2 ** (failures - rule.free + 1), rule.capSeconds);
}

export type SignInClaim = { allowed: true; counted: CountedTry } | { allowed: false; retryAfterSeconds: number };

/** A try let through: what it changed, so that a try that tested no password can be given back. */
type CountedTry = {
  accountKey: string;
  addressKey: string;
  counters: { key: string; before: Date; after: Date }[];
};

/**
 * Asks to try a password for `email` from `address` (null: unknown, counted
 * as one address). Allowed: the try is counted, to be settled once its
 * outcome is known. Refused: nothing is written.
 */
export async function claimSignInTry(email: string, address: string | null, now = new Date()): Promise<SignInClaim> {
  const accountKey = accountKeyFor(email);
  const addressKey = addressKeyFor(accountKey, address);
  const rules = [
    { key: accountKey, rule: PER_ACCOUNT },
    { key: addressKey, rule: PER_ADDRESS },
  ];
  const fresh = { failures: 0, windowEndsAt: new Date(now.getTime() + WINDOW_MS), nextAttemptAt: now };
  return db().$transaction(async (tx): Promise<SignInClaim> => {
    // One claim at a time per account, on every instance, so concurrent tries cannot all pass.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${accountKey}, 0))`;
    const rows = await tx.staffSignInThrottle.findMany({ where: { key: { in: [accountKey, addressKey] } } });
    const current = rules.map(({ key, rule }) => {
      const row = rows.find((candidate) => candidate.key === key);
      // A window that has ended is over, whatever its last delay said.
      return { key, rule, ...(row && row.windowEndsAt > now ? row : fresh) };
    });
    const waitMs = Math.max(...current.map((counter) => counter.nextAttemptAt.getTime() - now.getTime()));
    if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
    const counters = [];
    for (const { key, rule, failures, windowEndsAt, nextAttemptAt: before } of current) {
      const data = {
        failures: failures + 1,
        windowEndsAt,
        nextAttemptAt: new Date(now.getTime() + delaySeconds(failures + 1, rule) * 1000),
      };
      await tx.staffSignInThrottle.upsert({ where: { key }, create: { key, accountKey, ...data }, update: data });
      counters.push({ key, before, after: data.nextAttemptAt });
    }
    return { allowed: true, counted: { accountKey, addressKey, counters } };
  });
}

/**
 * Settles a try once Better Auth has answered. The right password: the
 * account starts afresh, and so does this address for it. A wrong one: it
 * stays counted. Anything else (Better Auth's own limit per address, a bad
 * request, another origin) tested no password, and the try is given back.
 */
export async function settleSignInTry(
  counted: CountedTry,
  outcome: "signed_in" | "wrong_password" | "not_tried",
): Promise<void> {
  if (outcome === "wrong_password") return;
  if (outcome === "signed_in") {
    await db().staffSignInThrottle.deleteMany({ where: { key: { in: [counted.accountKey, counted.addressKey] } } });
    return;
  }
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${counted.accountKey}, 0))`;
    for (const { key, before, after } of counted.counters) {
      await tx.staffSignInThrottle.updateMany({
        where: { key, failures: { gt: 0 } },
        data: { failures: { decrement: 1 } },
      });
      // The delay this try set goes too, unless a later try has set another since.
      await tx.staffSignInThrottle.updateMany({
        where: { key, nextAttemptAt: after },
        data: { nextAttemptAt: before },
      });
    }
  });
}

/** Clears every counter of the account (an admin's unlock); returns how many there were. */
export async function clearSignInThrottle(
  email: string,
  client: Pick<Prisma.TransactionClient, "staffSignInThrottle"> = db(),
): Promise<number> {
  return (await client.staffSignInThrottle.deleteMany({ where: { accountKey: accountKeyFor(email) } })).count;
}

/** For each email with tries in an open window: how many, and how long until the next is let through. */
export async function signInThrottles(
  emails: string[],
  now = new Date(),
): Promise<Map<string, { failures: number; retryAfterSeconds: number; windowEndsAt: Date }>> {
  const byKey = new Map(emails.map((email) => [accountKeyFor(email), email]));
  const rows = await db().staffSignInThrottle.findMany({
    where: { key: { in: [...byKey.keys()] }, windowEndsAt: { gt: now }, failures: { gt: 0 } },
  });
  return new Map(
    rows.map((row) => [
      byKey.get(row.key)!,
      {
        failures: row.failures,
        retryAfterSeconds: Math.max(0, Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000)),
        windowEndsAt: row.windowEndsAt,
      },
    ]),
  );
}

// Hashed: the table holds neither emails nor addresses. Emails as Better Auth
// compares them (case-insensitive), so `Admin@x` and `admin@x` share a counter.
function accountKeyFor(email: string): string {
  return sha256(`account:${email.trim().toLowerCase()}`);
}

function addressKeyFor(accountKey: string, address: string | null): string {
  return `${accountKey}|${sha256(`address:${address ? addressGroup(address) : "unknown"}`)}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
