import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/** Sign-in attempts allowed per account in the window, whatever addresses they come from. */
export const ACCOUNT_ATTEMPTS = 10;
const WINDOW_MS = 15 * 60 * 1000;

// Better Auth limits attempts per client address, but the address comes from
// X-Forwarded-For, which a client talking to the app directly can change at
// will. This limit is per account and cannot be sidestepped that way. It
// shares Better Auth's table, so every instance counts the same attempts.
const keyFor = (email: string) => `account|${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;

/** Counts an attempt; returns the seconds to wait when the account is over its limit, else null. */
export async function countSignInAttempt(email: string, now = Date.now()): Promise<number | null> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    insert into auth_rate_limits (id, key, count, last_request) values (${randomUUID()}, ${keyFor(email)}, 1, ${now})
    on conflict (key) do update set
      count = case when auth_rate_limits.last_request < ${now - WINDOW_MS} then 1 else auth_rate_limits.count + 1 end,
      last_request = ${now}
    returning count`;
  return row && row.count > ACCOUNT_ATTEMPTS ? Math.ceil(WINDOW_MS / 1000) : null;
}

/** A successful sign-in clears the account's count. */
export async function clearSignInAttempts(email: string): Promise<void> {
  await db().authRateLimit.deleteMany({ where: { key: keyFor(email) } });
}
