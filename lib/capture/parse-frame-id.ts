import { z } from "zod";

/**
 * The sender's id for a frame (`?frame=<uuid>`), the same on every retry of
 * it; null without one. Lower-cased, as Postgres gives UUIDs back: an
 * upper-case id must still match itself.
 */
export function parseFrameId(id: string | null): string | null | "invalid" {
  if (id === null) return null;
  return z.uuid().safeParse(id).success ? id.toLowerCase() : "invalid";
}
