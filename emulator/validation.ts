// Request checks with Veriff's status codes and error codes.
import { ApiError } from "./http/errors";

export function parseJsonObject(body: Buffer): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new ApiError(400, "1104", "Invalid parameters: the request body is not valid JSON");
  }
  if (!isRecord(parsed)) throw new ApiError(400, "1104", "Invalid parameters: the request body must be a JSON object");
  return parsed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/;
const ONE_HOUR_MS = 60 * 60 * 1000;

/** 1202 for a malformed timestamp; with `now`, 1201 for one older than an hour (request timestamps). */
export function checkTimestamp(value: unknown, now?: Date): void {
  if (value === undefined) return;
  if (typeof value !== "string" || !ISO_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ApiError(400, "1202", "Invalid timestamp: use ISO 8601, e.g. 2026-01-01T00:00:00.000Z");
  }
  if (now && now.getTime() - Date.parse(value) > ONE_HOUR_MS) {
    throw new ApiError(400, "1201", "Timestamp is older than one hour");
  }
}

export function checkVendorData(value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "string") throw new ApiError(400, "1501", "vendorData must be a string");
  if (value.length > 1000) throw new ApiError(400, "1500", "vendorData must not be longer than 1000 characters");
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URI = /^data:([\w.+-]+\/[\w.+-]+)?(;[\w.+-]+=[\w.+-]+)*;base64,/;

/** Decodes base64 with or without a `data:` URI prefix (Veriff's own demo sends it bare); undefined when invalid. */
export function decodeBase64(content: string): Buffer | undefined {
  const data = content.replace(DATA_URI, "");
  if (data.length === 0 || data.length % 4 !== 0 || !BASE64.test(data)) return undefined;
  return Buffer.from(data, "base64");
}
