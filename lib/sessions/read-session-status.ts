import "server-only";
import type { SessionStatusAnswer } from "@/lib/contracts/integrator-api";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/is-uuid";
import { refusal, type Refusal } from "@/lib/refusal";
import { SESSION_STATUS_COLUMNS, sessionStatuses } from "./session-status";

/** A session as an integrator sees it (GET /api/sessions/{id}); an id that is not a UUID is unknown, as any other. */
export async function readSessionStatus(
  id: string,
): Promise<{ ok: true; session: SessionStatusAnswer } | Refusal<"session_not_found">> {
  const row = isUuid(id)
    ? await db().verificationSession.findUnique({ where: { id: id.toLowerCase() }, select: SESSION_STATUS_COLUMNS })
    : null;
  if (!row) return refusal("session_not_found", "No such session.");
  const [session] = await sessionStatuses([row]);
  return { ok: true, session: session! };
}
