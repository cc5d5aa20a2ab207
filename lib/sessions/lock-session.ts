import "server-only";
import type { Prisma, VerificationStatus } from "@/lib/generated/prisma/client";

type Transaction = Prisma.TransactionClient;

/**
 * Locks a session's row until the caller's transaction ends. Everything that
 * must see a session hold still while it decides (applying Veriff's news,
 * claiming the one proof of address, deleting) takes this lock first, so two
 * requests or two instances act one after the other.
 */
export async function lockSession(tx: Transaction, sessionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    unknown[]
  >`select id from verification_sessions where id = ${sessionId}::uuid for update`;
  return rows.length > 0;
}

export interface LockedSession {
  id: string;
  status: VerificationStatus;
  decisionAttemptId: string | null;
  decidedAt: Date | null;
}

/** The same lock, found by Veriff's id for the session; null when no session of ours has it. */
export async function lockSessionByVeriffId(tx: Transaction, veriffSessionId: string): Promise<LockedSession | null> {
  const [row] = await tx.$queryRaw<LockedSession[]>`
    select id, status, decision_attempt_id as "decisionAttemptId", decided_at as "decidedAt"
    from verification_sessions where veriff_session_id = ${veriffSessionId} for update`;
  return row ?? null;
}
