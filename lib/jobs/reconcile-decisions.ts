import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { readBackDecision } from "@/lib/sessions/read-back-decision";
import { VeriffError } from "@/lib/veriff/errors";

const BATCH = 20;

/**
 * Sessions submitted longer than RECONCILE_AFTER_MINUTES ago with no decision
 * are read back through GET decision and updated as a decision webhook would.
 * Each session is claimed with FOR UPDATE SKIP LOCKED and stamped, so any
 * number of workers never read the same session in the same round.
 * Returns how many sessions it claimed.
 */
export async function reconcileDecisions(now = new Date()): Promise<number> {
  const after = new Date(now.getTime() - serverEnv().RECONCILE_AFTER_MINUTES * 60_000);
  const claimed = await db().$queryRaw<{ id: string; veriff_session_id: string }[]>`
    update verification_sessions set reconciled_at = ${now}
    where id in (
      select id from verification_sessions
      where status = 'submitted' and submitted_at < ${after} and veriff_session_id is not null
        and (reconciled_at is null or reconciled_at < ${after})
      order by submitted_at
      limit ${BATCH}
      for update skip locked)
    returning id, veriff_session_id`;
  for (const session of claimed) {
    try {
      await readBackDecision(
        { id: session.id, veriffSessionId: session.veriff_session_id },
        { type: "session.reconciled", actor: "system" },
      );
    } catch (error) {
      if (!(error instanceof VeriffError)) throw error;
      // The next round tries again; one session's failure does not stop the others.
      log().warn({ sessionId: session.id, err: error }, "reconciliation could not read the decision");
    }
  }
  return claimed.length;
}
