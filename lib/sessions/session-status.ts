import "server-only";
import type { SessionStatusAnswer } from "@/lib/contracts/integrator-api";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reasonInPlainWords } from "@/lib/veriff/reason-codes";
import { isDecided, isOpenForCapture, SESSION_LIFETIME_MS } from "./lifecycle";

/** The columns an integrator's view of a session reads: none of them personal data. */
export const SESSION_STATUS_COLUMNS = {
  id: true,
  veriffSessionId: true,
  status: true,
  attemptNumber: true,
  proofOfAddress: true,
  vendorData: true,
  endUserId: true,
  decisionCode: true,
  decisionReasonCode: true,
  createdAt: true,
  consentedAt: true,
  submittedAt: true,
  decidedAt: true,
  captureTokenExpiresAt: true,
  submitClaimedAt: true,
} as const satisfies Prisma.VerificationSessionSelect;

export type SessionStatusRow = Prisma.VerificationSessionGetPayload<{ select: typeof SESSION_STATUS_COLUMNS }>;

/**
 * The integrator's view of each session, in the order given: the row and
 * what Veriff acknowledged of its uploads (one grouped query for them all).
 */
export async function sessionStatuses(rows: SessionStatusRow[], now = new Date()): Promise<SessionStatusAnswer[]> {
  const uploads = await acknowledgedUploads(rows.map((row) => row.id));
  return rows.map((row) => statusOf(row, uploads.get(row.id) ?? [], now));
}

type UploadSummary = SessionStatusAnswer["uploads"][number];

function statusOf(row: SessionStatusRow, uploads: UploadSummary[], now: Date): SessionStatusAnswer {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  // As check-open.ts and find-capture.ts judge a link: an open status, no submit on its way, not expired.
  const open = isOpenForCapture(row.status) && !row.submitClaimedAt;
  return {
    id: row.id,
    veriffSessionId: row.veriffSessionId,
    status: row.status,
    attemptNumber: row.attemptNumber,
    proofOfAddress: row.proofOfAddress,
    vendorData: row.vendorData,
    endUserId: row.endUserId,
    decision: isDecided(row.status)
      ? {
          code: row.decisionCode,
          reasonCode: row.decisionReasonCode,
          reason: reasonInPlainWords(row.decisionReasonCode),
        }
      : null,
    uploads,
    createdAt: row.createdAt.toISOString(),
    consentedAt: iso(row.consentedAt),
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    expiresAt: new Date(row.createdAt.getTime() + SESSION_LIFETIME_MS).toISOString(),
    captureLink: {
      expiresAt: iso(row.captureTokenExpiresAt),
      open: open && row.captureTokenExpiresAt !== null && row.captureTokenExpiresAt > now,
    },
  };
}

/** Acknowledged frames per session, attempt and context, with where they came from. */
async function acknowledgedUploads(sessionIds: string[]): Promise<Map<string, UploadSummary[]>> {
  const summaries = new Map<string, UploadSummary[]>();
  if (sessionIds.length === 0) return summaries;
  const groups = await db().mediaUpload.groupBy({
    by: ["sessionId", "attemptNumber", "context", "source"],
    where: { sessionId: { in: sessionIds }, status: "acknowledged" },
    _count: { _all: true },
    orderBy: [{ sessionId: "asc" }, { attemptNumber: "asc" }, { context: "asc" }, { source: "asc" }],
  });
  for (const group of groups) {
    const list = summaries.get(group.sessionId) ?? [];
    summaries.set(group.sessionId, list);
    const last = list.at(-1);
    if (last && last.attempt === group.attemptNumber && last.context === group.context) {
      last.acknowledged += group._count._all;
      last.sources.push(group.source);
    } else {
      list.push({
        attempt: group.attemptNumber,
        context: group.context,
        acknowledged: group._count._all,
        sources: [group.source],
      });
    }
  }
  return summaries;
}
