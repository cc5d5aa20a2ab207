// The integrator list's cursors (GET /api/sessions?cursor=…). Opaque to the
// integrator, and checked on the way back rather than signed: a made-up
// cursor can only name a place in a listing the same key may read in full
// anyway (every key sees every session), so a signature would protect
// nothing. What the checks buy is a clear 400 instead of a wrong page: a
// cursor that is not one of ours, or one used with other filters than the
// listing it came from.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { SessionListQuery } from "@/lib/contracts/integrator-api";
import { refusal, type Refusal } from "@/lib/refusal";

/** A place in a listing: the row at its edge, and which way the page it opens goes from there. */
export interface SessionCursor {
  /** "older": the page after this row (newest first); "newer": the page before it. */
  toward: "older" | "newer";
  createdAt: Date;
  id: string;
}

const VERSION = 1;
const stored = z.strictObject({
  v: z.literal(VERSION),
  w: z.enum(["older", "newer"]),
  t: z.iso.datetime(),
  i: z.uuid(),
  f: z.string().regex(/^[0-9a-f]{16}$/),
});

export function encodeCursor(cursor: SessionCursor, query: SessionListQuery): string {
  const value: z.infer<typeof stored> = {
    v: VERSION,
    w: cursor.toward,
    t: cursor.createdAt.toISOString(),
    i: cursor.id,
    f: filtersDigest(query),
  };
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor(
  value: string,
  query: SessionListQuery,
): { ok: true; cursor: SessionCursor } | Refusal<"invalid_cursor"> {
  const invalid = refusal(
    "invalid_cursor",
    "cursor is not one this API gave: pass nextCursor or previousCursor as is.",
  );
  if (!/^[\w-]+$/.test(value)) return invalid;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return invalid;
  if (parsed.data.f !== filtersDigest(query)) {
    return refusal("invalid_cursor", "cursor belongs to a listing with other filters: keep the filters between pages.");
  }
  return {
    ok: true,
    cursor: { toward: parsed.data.w, createdAt: new Date(parsed.data.t), id: parsed.data.i.toLowerCase() },
  };
}

/** The filters a cursor was made for, in a fixed order (the limit may change between pages). */
function filtersDigest({ vendorData, endUserId, status }: SessionListQuery): string {
  const filters = JSON.stringify([vendorData ?? null, endUserId?.toLowerCase() ?? null, status ?? null]);
  return createHash("sha256").update(filters).digest("hex").slice(0, 16);
}
