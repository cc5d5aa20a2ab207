// Text from outside (Veriff's answers and webhooks) on its way into Postgres.

/** A string with something in it, or null. */
export function nonEmptyText(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

/**
 * `value` with every NUL character (U+0000) taken out of its strings, at any
 * depth: valid in JSON, but refused by Postgres in text and jsonb columns, so
 * one would make a whole write fail. The bytes as delivered are kept apart
 * (webhook_deliveries.raw_body), so nothing is lost.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutNul(key), withoutNul(item)])) as T;
  }
  return value;
}
