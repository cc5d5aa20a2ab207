import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { databaseErrorCode, isDatabaseError } from "@/lib/db-errors";
import { serverEnv } from "@/lib/env";

// Keys whose values never reach a log line, at any depth and in any letter
// case: personal data (names, birth dates, document numbers, images,
// addresses, device fingerprints), credentials and tokens.
export const REDACTED_KEYS = [
  "firstName",
  "lastName",
  "fullName",
  "dateOfBirth",
  "yearOfBirth",
  "placeOfBirth",
  "gender",
  "nationality",
  "citizenships",
  "idNumber",
  "idCode",
  "personalCode",
  "documentNumber",
  "curp",
  "mrz",
  "address",
  "addresses",
  "fullAddress",
  "email",
  "phone",
  "ip",
  "fingerprint",
  "content",
  "image",
  "nfcDocuments",
  "token",
  "captureToken",
  "sessionToken",
  "password",
  "secret",
  "sharedSecret",
  "apiKey",
  "authorization",
  "cookie",
  "set-cookie",
  "x-auth-client",
  "x-hmac-signature",
  "VERIFF_API_KEY",
  "VERIFF_SHARED_SECRETS",
  "INTEGRATOR_WEBHOOK_SECRETS",
  "DATABASE_URL",
];
// Keys that are personal only under a particular parent (a document's number).
const REDACTED_UNDER: Record<string, string[]> = { document: ["number"], person: ["number"] };
const CENSOR = "[redacted]";

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` with `requestId` attached to every log line written inside it. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "veriff-capture" },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      formatters: { level: (label) => ({ level: label }), log: (object) => redact(object) as Record<string, unknown> },
      serializers: { err: serializeError },
    },
    destination,
  );
}

let logger: Logger | undefined;

/** The process's logger (JSON lines on stdout). */
export function log(): Logger {
  logger ??= createLogger(serverEnv().LOG_LEVEL);
  return logger;
}

const redactedKeys = new Set(REDACTED_KEYS.map((key) => key.toLowerCase()));

/** A copy of `value` with every redacted key's value replaced; errors are left to pino's serializer. */
export function redact(value: unknown, parentKey = "", seen = new WeakSet<object>()): unknown {
  if (Array.isArray(value)) return value.map((item) => redact(item, parentKey, seen));
  if (typeof value !== "object" || value === null || value instanceof Error || value instanceof Date) return value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  const under = REDACTED_UNDER[parentKey.toLowerCase()] ?? [];
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const lower = key.toLowerCase();
      return [key, redactedKeys.has(lower) || under.includes(lower) ? CENSOR : redact(child, key, seen)];
    }),
  );
}

/**
 * An error as a log line shows it. A database error's message can quote the
 * values of the query (a name, a token's hash, an id someone typed): only its
 * codes are kept. Other errors keep pino's usual fields.
 */
export function serializeError(error: unknown): unknown {
  if (isDatabaseError(error)) return { type: (error as Error).name, code: databaseErrorCode(error) };
  return pino.stdSerializers.err(error as Error);
}
