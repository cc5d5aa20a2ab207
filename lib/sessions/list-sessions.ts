import "server-only";
import type { SessionListQuery, SessionPageAnswer } from "@/lib/contracts/integrator-api";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Refusal } from "@/lib/refusal";
import { decodeCursor, encodeCursor, type SessionCursor } from "./session-cursor";
import { SESSION_STATUS_COLUMNS, sessionStatuses } from "./session-status";

/**
 * One page of sessions for an integrator (GET /api/sessions), newest first,
 * by keyset on (created_at, id) as the staff list pages (lib/staff/session-list.ts,
 * bench/staff-list.ts): each filter has an index of that order, so every page
 * costs one index range scan however deep it is, and rows created meanwhile
 * never shift a page.
 */
export async function listSessions(
  query: SessionListQuery,
): Promise<{ ok: true; page: SessionPageAnswer } | Refusal<"invalid_cursor">> {
  const decoded = query.cursor === undefined ? null : decodeCursor(query.cursor, query);
  if (decoded && !decoded.ok) return decoded;
  const cursor = decoded?.cursor ?? null;
  // The page of newer rows walks the same index the other way, then flips them.
  const newer = cursor?.toward === "newer";
  const direction = newer ? "asc" : "desc";
  const found = await db().verificationSession.findMany({
    where: { AND: [filters(query), cursor ? beyond(cursor) : {}] },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: query.limit + 1,
    select: SESSION_STATUS_COLUMNS,
  });
  const more = found.length > query.limit;
  const rows = found.slice(0, query.limit);
  if (newer) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  // Older rows follow when this page stopped short of them, or when it was reached from them.
  const older = newer ? cursor !== null : more;
  // Newer rows come before when this page was reached from them, or it stopped short of them.
  const newerBefore = newer ? more : cursor !== null;
  return {
    ok: true,
    page: {
      sessions: await sessionStatuses(rows),
      nextCursor:
        last && older ? encodeCursor({ toward: "older", createdAt: last.createdAt, id: last.id }, query) : null,
      previousCursor:
        first && newerBefore
          ? encodeCursor({ toward: "newer", createdAt: first.createdAt, id: first.id }, query)
          : null,
    },
  };
}

function filters({ vendorData, endUserId, status }: SessionListQuery): Prisma.VerificationSessionWhereInput {
  return {
    ...(vendorData === undefined ? {} : { vendorData }),
    ...(endUserId === undefined ? {} : { endUserId: endUserId.toLowerCase() }),
    ...(status === undefined ? {} : { status }),
  };
}

/** Rows past the cursor's row, in the direction its page goes. */
function beyond({ toward, createdAt, id }: SessionCursor): Prisma.VerificationSessionWhereInput {
  const [past, pastOrAt] = toward === "older" ? (["lt", "lte"] as const) : (["gt", "gte"] as const);
  return {
    // Redundant with the OR, but the bound Postgres starts the index scan at
    // (Prisma cannot write the row comparison (created_at, id) < (a, b)).
    createdAt: { [pastOrAt]: createdAt },
    OR: [{ createdAt: { [past]: createdAt } }, { createdAt, id: { [past]: id } }],
  };
}
