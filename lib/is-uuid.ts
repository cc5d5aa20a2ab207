import { z } from "zod";

const uuid = z.guid();

/** Whether a value has a UUID's shape (our ids, Veriff's ids, end-user ids). Postgres refuses anything else in a uuid column. */
export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}
