import "server-only";
import { db } from "@/lib/db";

/**
 * Removes rate-limit buckets that are full again: their theoretical arrival
 * time has passed, so the row says nothing a missing row would not. One plain
 * delete, safe on any number of workers: a row one worker deletes is skipped
 * by the others, and a hit racing the delete either moves the row's time on
 * first (the delete, re-checking its condition, then keeps it) or finds no
 * row and starts a full bucket, which is the same thing.
 * Returns how many rows it removed.
 */
export async function purgeRateLimits(now = new Date()): Promise<number> {
  const { count } = await db().rateLimit.deleteMany({ where: { theoreticalArrivalAt: { lt: now } } });
  return count;
}
