import "server-only";
import { db } from "@/lib/db";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what staff sign-ins leave behind: expired sessions and
 * verifications (Better Auth deletes them only when they are presented),
 * rate-limit counters idle for a day, and sign-in counters whose window has
 * ended. Plain deletes: safe on any number of workers. Returns how many rows
 * it removed.
 */
export async function purgeStaffLeftovers(now = new Date()): Promise<number> {
  const [sessions, verifications, counters, throttles] = await db().$transaction([
    db().staffSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db().staffVerification.deleteMany({ where: { expiresAt: { lt: now } } }),
    db().authRateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now.getTime() - DAY_MS) } } }),
    db().staffSignInThrottle.deleteMany({ where: { windowEndsAt: { lte: now } } }),
  ]);
  return sessions.count + verifications.count + counters.count + throttles.count;
}
