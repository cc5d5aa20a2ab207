import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VerificationStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/is-uuid";

export const PAGE_SIZE = 50;

const day = z.iso.date().optional().catch(undefined);

/** The list's query string; anything malformed is ignored rather than refused (it is a URL people edit). */
export const sessionListQuery = z.object({
  status: z.enum(VerificationStatus).optional().catch(undefined),
  from: day,
  to: day,
  q: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((q) => q || undefined)
    .catch(undefined),
  order: z.enum(["newest", "oldest"]).default("newest").catch("newest"),
  after: z.string().optional().catch(undefined),
  before: z.string().optional().catch(undefined),
});
export type SessionListQuery = z.infer<typeof sessionListQuery>;

export interface SessionListPage {
  rows: {
    id: string;
    veriffSessionId: string | null;
    status: VerificationStatus;
    documentType: string | null;
    documentCountry: string | null;
    vendorData: string | null;
    createdAt: Date;
    decidedAt: Date | null;
  }[];
  /** Cursors for the next and previous pages, when there are any. */
  after?: string;
  before?: string;
}

/**
 * One page of sessions, newest (or oldest) first, by keyset on (created_at,
 * id): every page costs the same index range scan, however deep, with
 * 100,000 sessions or ten million (indexes in the staff_console migration).
 */
export async function listSessions(query: SessionListQuery): Promise<SessionListPage> {
  const newestFirst = query.order === "newest";
  const cursor = decodeCursor(query.before) ?? decodeCursor(query.after);
  // Going back a page walks the same index the other way, then flips the rows.
  const backwards = cursor !== null && decodeCursor(query.before) !== null;
  const descending = newestFirst !== backwards;

  const where: Prisma.VerificationSessionWhereInput = {
    AND: [filters(query), cursor ? beyond(cursor, descending) : {}],
  };
  const direction = descending ? "desc" : "asc";
  const found = await db().verificationSession.findMany({
    where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      veriffSessionId: true,
      status: true,
      documentType: true,
      documentCountry: true,
      vendorData: true,
      createdAt: true,
      decidedAt: true,
    },
  });
  const more = found.length > PAGE_SIZE;
  const rows = found.slice(0, PAGE_SIZE);
  if (backwards) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    after: last && (backwards || more) ? encodeCursor(last) : undefined,
    before: first && (backwards ? more : cursor !== null) ? encodeCursor(first) : undefined,
  };
}

function filters(query: SessionListQuery): Prisma.VerificationSessionWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = new Date(`${query.from}T00:00:00Z`);
  if (query.to) createdAt.lt = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ...(query.status ? { status: query.status } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
    ...(query.q ? search(query.q) : {}),
  };
}

/** Exact matches only, each on its own index: our id, Veriff's id, the end-user id, or vendorData. */
function search(q: string): Prisma.VerificationSessionWhereInput {
  if (isUuid(q)) {
    const id = q.toLowerCase();
    return { OR: [{ id }, { veriffSessionId: id }, { endUserId: id }, { vendorData: q }] };
  }
  return { vendorData: q };
}

type Cursor = { createdAt: Date; id: string };

function beyond(cursor: Cursor, descending: boolean): Prisma.VerificationSessionWhereInput {
  const [past, pastOrAt] = descending ? (["lt", "lte"] as const) : (["gt", "gte"] as const);
  return {
    // Redundant with the OR, but the bound Postgres can start the index scan at
    // (Prisma cannot write the row comparison (created_at, id) < (a, b)).
    createdAt: { [pastOrAt]: cursor.createdAt },
    OR: [{ createdAt: { [past]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [past]: cursor.id } }],
  };
}

function encodeCursor(row: Cursor): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  const [time, id] = Buffer.from(value, "base64url").toString().split("|");
  const createdAt = new Date(time ?? "");
  if (Number.isNaN(createdAt.getTime()) || !id || !isUuid(id)) return null;
  return { createdAt, id };
}
