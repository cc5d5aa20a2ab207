import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/is-uuid";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { refusal, type Refusal } from "@/lib/refusal";
import { checkOpen, type OpenCheck } from "./check-open";

/** A session by our id; null for an unknown id and for one that is not a UUID (Postgres would refuse it). */
export async function findSession(id: string): Promise<VerificationSession | null> {
  if (!isUuid(id)) return null;
  return db().verificationSession.findUnique({ where: { id } });
}

/** A session an integrator names, if it may still take frames and NFC data. */
export async function findOpenSession(id: string): Promise<OpenCheck | Refusal<"session_not_found">> {
  const session = await findSession(id);
  if (!session?.veriffSessionId) return refusal("session_not_found", "No such session.");
  return checkOpen(session);
}
