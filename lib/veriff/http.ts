// One small HTTP base for every Veriff call: signing, optional compression,
// a timeout on every try, retries with exponential backoff and full jitter
// where a repeat is safe, and verification of every answer's signature.
import type { z } from "zod";
import { countVeriffRetry, observeVeriffTry } from "@/lib/metrics/metrics";
import { cutoffSignal } from "@/lib/shutdown/shutdown-state";
import { inSpan, SpanKind } from "@/lib/tracing/spans";
import { signAndGzip } from "./compress";
import { VeriffError } from "./errors";
import { errorBody } from "./schemas";
import { withoutNul } from "../text";
import { sign, verify } from "./signature";
import { reportVeriffTry } from "./try-listeners";

export interface VeriffConfig {
  /** Base URL including /v1, without a trailing slash. */
  apiUrl: string;
  apiKey: string;
  /** The first signs requests; answers signed with any of them are accepted. */
  sharedSecrets: readonly string[];
  timeoutMs: number;
  uploadTimeoutMs: number;
  /** Tries per call, the first included. */
  maxAttempts: number;
  /** Send media bodies gzip-compressed (turn off for proxies that cannot take it). */
  compressUploads: boolean;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * When a failed call may be sent again:
 * - `repeatable`: reads, and writes whose repetition is harmless (a media
 *   upload: the same context may be uploaded many times). Network errors,
 *   timeouts, 429 and 5xx.
 * - `refused-only`: writes that must not happen twice. Only answers that
 *   prove nothing was done (429), or a connection that was refused outright.
 * - `never`: calls whose 429 is a quota, not a blip (DELETE: 5 an hour).
 */
export type RetryPolicy = "repeatable" | "refused-only" | "never";

export interface VeriffCall {
  endpoint: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  /** POST/PATCH: the body bytes (signed as sent, before compression). GET/DELETE: the id the path is signed over. */
  signed: { body: Uint8Array } | { id: string };
  compress?: boolean;
  retry: RetryPolicy;
  upload?: boolean;
}

export interface RawAnswer {
  status: number;
  bytes: Buffer;
  contentType: string;
}

const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 5_000;
const RETRY_AFTER_CAP_MS = 30_000;

/** The longest a call can take with every try timing out and the longest wait between them. */
export function longestCallMs(timeoutMs: number, maxAttempts: number): number {
  return maxAttempts * timeoutMs + (maxAttempts - 1) * Math.max(BACKOFF_CAP_MS, RETRY_AFTER_CAP_MS);
}

/** How long to wait before try `attempt + 1`: jittered exponential backoff, or Veriff's Retry-After (capped) when longer. */
export function retryDelayMs(attempt: number, error: VeriffError, random: () => number = Math.random): number {
  const backoff = random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.max(backoff, Math.min(error.details.retryAfterMs ?? 0, RETRY_AFTER_CAP_MS));
}

/**
 * Sends `call`, retrying as its policy allows; returns the verified answer or
 * throws a VeriffError. One trace span per call (its tries are events on it),
 * each try timed in the metrics.
 */
export async function send(config: VeriffConfig, call: VeriffCall): Promise<RawAnswer> {
  const sleep = config.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = config.random ?? Math.random;
  const prepared = await prepare(config, call);
  const attributes = {
    "veriff.endpoint": call.endpoint,
    "http.request.method": call.method,
    ...(veriffSessionIdOf(call.path) ? { "veriff.session_id": veriffSessionIdOf(call.path) } : {}),
  };
  return inSpan(`veriff ${call.endpoint}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      try {
        const answer = await sendOnce(config, call, prepared);
        observeVeriffTry(call.endpoint, answer.status, (performance.now() - started) / 1000);
        reportVeriffTry(call.endpoint, answer.status);
        span.setAttributes({ "http.response.status_code": answer.status, "veriff.attempts": attempt });
        return answer;
      } catch (error) {
        const outcome = error instanceof VeriffError ? (error.status ?? error.kind) : "error";
        observeVeriffTry(call.endpoint, outcome, (performance.now() - started) / 1000);
        reportVeriffTry(call.endpoint, outcome);
        span.addEvent("veriff.try_failed", { attempt, outcome });
        if (error instanceof VeriffError && error.status) span.setAttribute("http.response.status_code", error.status);
        span.setAttribute("veriff.attempts", attempt);
        if (
          !(error instanceof VeriffError) ||
          attempt >= config.maxAttempts ||
          !retryable(call.retry, error) ||
          cutoffSignal().aborted
        )
          throw error;
        countVeriffRetry(call.endpoint, outcome);
        await sleep(retryDelayMs(attempt, error, random));
        // The process is shutting down and its grace is over: no try is started any more.
        if (cutoffSignal().aborted) throw error;
      }
    }
  });
}

/** Veriff's session id in a call's path (/sessions/{id}/…): an id of theirs, no personal data. */
function veriffSessionIdOf(path: string): string | undefined {
  const id = /^\/sessions\/([^/?]+)/.exec(path)?.[1];
  return id && id !== "validate-registry" ? decodeURIComponent(id) : undefined;
}

/** Parses a verified JSON answer with `schema`; a mismatch is an error, never data. */
export function parseJson<T extends z.ZodType>(answer: RawAnswer, schema: T, endpoint: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(answer.bytes.toString("utf8"));
  } catch {
    throw new VeriffError("invalid_response", endpoint, { status: answer.status });
  }
  // NUL characters are valid JSON but no Postgres text can hold them: taken out before anything is stored.
  const parsed = schema.safeParse(withoutNul(json));
  if (!parsed.success) throw new VeriffError("invalid_response", endpoint, { status: answer.status });
  return parsed.data;
}

interface Prepared {
  headers: Record<string, string>;
  body?: Uint8Array;
}

// Signed and compressed once: every retry sends exactly the same bytes.
async function prepare(config: VeriffConfig, call: VeriffCall): Promise<Prepared> {
  const secret = config.sharedSecrets[0];
  if (!secret) throw new VeriffError("invalid_request", call.endpoint);
  const headers: Record<string, string> = { "x-auth-client": config.apiKey, accept: "application/json" };
  if ("id" in call.signed) {
    headers["x-hmac-signature"] = sign(secret, call.signed.id);
    return { headers };
  }
  headers["content-type"] = "application/json";
  if (!call.compress || !config.compressUploads) {
    headers["x-hmac-signature"] = sign(secret, call.signed.body);
    return { headers, body: call.signed.body };
  }
  const { signature, compressed } = await signAndGzip(secret, call.signed.body);
  headers["x-hmac-signature"] = signature;
  headers["content-encoding"] = "gzip";
  return { headers, body: compressed };
}

async function sendOnce(config: VeriffConfig, call: VeriffCall, prepared: Prepared): Promise<RawAnswer> {
  const fetchImpl = config.fetch ?? fetch;
  let response: Response;
  let bytes: Buffer;
  try {
    response = await fetchImpl(`${config.apiUrl}${call.path}`, {
      method: call.method,
      headers: prepared.headers,
      // Node's Buffers are backed by plain ArrayBuffers here; the DOM typings only admit those.
      body: prepared.body as Uint8Array<ArrayBuffer> | undefined,
      redirect: "error",
      // Also aborted when a shutdown's grace is over (lib/shutdown/drain-on-signal.ts): the call ends
      // as a timeout does, its outcome unknown, and whatever it carried is released.
      signal: AbortSignal.any([
        AbortSignal.timeout(call.upload ? config.uploadTimeoutMs : config.timeoutMs),
        cutoffSignal(),
      ]),
    });
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
    const refused = (error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED";
    throw new VeriffError(timedOut ? "timeout" : "network", call.endpoint, refused ? { code: "ECONNREFUSED" } : {});
  }
  const answer = { status: response.status, bytes, contentType: response.headers.get("content-type") ?? "" };

  const client = response.headers.get("x-auth-client");
  const signed =
    verify(config.sharedSecrets, bytes, response.headers.get("x-hmac-signature")).ok &&
    (client === null || client.toLowerCase() === config.apiKey.toLowerCase());
  // Data is only ever taken from a verified answer. An error status is
  // believed as a status (a gateway's 502 or an unsigned 401 is still a
  // failure of that kind), but Veriff's code only when the body verifies.
  if (response.status >= 200 && response.status < 300) {
    if (!signed) throw new VeriffError("signature", call.endpoint, { status: response.status });
    return answer;
  }
  throw new VeriffError("http", call.endpoint, {
    status: response.status,
    code: signed ? errorCode(bytes) : undefined,
    retryAfterMs: retryAfterMs(response.headers.get("retry-after")),
  });
}

function retryable(policy: RetryPolicy, error: VeriffError): boolean {
  if (policy === "never") return false;
  if (error.kind === "http" && error.status === 429) return true;
  if (policy === "refused-only") return error.kind === "network" && error.code === "ECONNREFUSED";
  return error.kind === "network" || error.kind === "timeout" || (error.kind === "http" && (error.status ?? 0) >= 500);
}

function errorCode(bytes: Buffer): string | undefined {
  try {
    const parsed = errorBody.safeParse(JSON.parse(bytes.toString("utf8")));
    return parsed.success && parsed.data.code !== undefined ? String(parsed.data.code) : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
