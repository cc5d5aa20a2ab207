import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { serverEnv } from "@/lib/env";

// Keys whose values never reach a log line, at any depth up to MAX_DEPTH:
// personal data (names, birth dates, document numbers, images, addresses,
// device fingerprints), credentials and tokens.
export const REDACTED_KEYS = [
  "firstName",
  "lastName",
  "fullName",
  "dateOfBirth",
  "idNumber",
  "documentNumber",
  "personalCode",
  "address",
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
  "DATABASE_URL",
];
// Keys that are personal only under a particular parent (a document's number).
const REDACTED_NESTED_PATHS = ["document.number", "person.number"];
const MAX_DEPTH = 4;

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
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: redactionPaths(), censor: "[redacted]" },
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

function redactionPaths(): string[] {
  const accessor = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);
  const paths: string[] = [];
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const prefix = Array(depth).fill("*").join(".");
    for (const key of [...REDACTED_KEYS, ...REDACTED_NESTED_PATHS]) {
      const path = key.split(".").map(accessor).join("");
      paths.push(prefix ? `${prefix}${path}` : path.replace(/^\./, ""));
    }
  }
  return paths;
}
