import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { StaffMember } from "./current-staff";
import { isUuid } from "@/lib/is-uuid";

/** Every action a staff member can leave in the audit log. */
export type AuditAction =
  | "session.viewed_personal_data"
  | "session.viewed_image"
  | "session.refreshed"
  | "session.new_capture_link"
  | "session.deleted"
  | "integrator_event.redelivered"
  | "staff.created"
  | "staff.role_changed"
  | "staff.removed"
  | "staff.sign_in_unlocked";

type Client = Pick<Prisma.TransactionClient, "auditLogEntry">;

/** Records who did what (never the personal data itself: ids and field names only). */
export async function recordAudit(
  actor: StaffMember,
  action: AuditAction,
  target: { sessionId?: string; details?: Prisma.InputJsonObject } = {},
  client: Client = db(),
): Promise<void> {
  await client.auditLogEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      sessionId: target.sessionId ?? null,
      details: target.details,
    },
  });
}

const AUDIT_PAGE = 100;

/** The audit log, newest first, by keyset on (occurred_at, id); `after` is the last id of the previous page. */
export async function listAudit(after?: string) {
  const from =
    after && isUuid(after)
      ? await db().auditLogEntry.findUnique({ where: { id: after }, select: { id: true, occurredAt: true } })
      : null;
  const rows = await db().auditLogEntry.findMany({
    where: from
      ? { OR: [{ occurredAt: { lt: from.occurredAt } }, { occurredAt: from.occurredAt, id: { lt: from.id } }] }
      : {},
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE + 1,
  });
  return { rows: rows.slice(0, AUDIT_PAGE), after: rows.length > AUDIT_PAGE ? rows[AUDIT_PAGE - 1]?.id : undefined };
}
