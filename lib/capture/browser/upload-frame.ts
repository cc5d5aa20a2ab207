// Browser side: sends a frame as binary (not base64: a third fewer bytes on the
// user's uplink) with progress. Offline, it waits for the connection to come
// back; online, network failures, stalls and a busy or unreachable server are
// retried with backoff. A repeat is safe: every try carries the frame's id, and
// the server answers a frame it already has as the first time; one still on
// its way in an earlier request is waited for by asking where it stands, not
// by sending its bytes again. A withdrawn frame (retaken, its check started
// over) is not sent once its signal is aborted.
import type { FrameAnswer, RefusalBody } from "@/lib/contracts/capture-api";
import { RETRYABLE_CODES } from "@/lib/capture/error-codes";

export interface UploadResult {
  ok: boolean;
  status: number;
  /** Null when no answer of ours came: the network, or a proxy's error page. */
  body: Partial<FrameAnswer & RefusalBody> | null;
  /** How long the server asked to wait before the next try (Retry-After), if it did. */
  retryAfterMs?: number;
}

/** Retries after a failure while online; time spent offline does not count. */
const RETRIES = 3;
/** What a proxy in front of the server answers while it cannot serve (0: no answer at all): worth another try. */
const BUSY = new Set([0, 429, 502, 503, 504]);
/** A connection can die without an error: an upload that moves no byte for this long is given up and retried. */
const STALL_MS = 30_000;
const STATUS_POLL_MS = 3_000;

/** Whether sending the same frame again may succeed: the network, the server or Veriff unavailable, the frame still on its way. */
export function worthRetrying(result: UploadResult): boolean {
  const code = result.body?.error?.code;
  if (code) return (RETRYABLE_CODES as readonly string[]).includes(code);
  return BUSY.has(result.status) || result.status >= 500;
}

/** Refusals that pass by themselves: the page sends again after a wait, without the user asking. */
const PASSING = new Set(["veriff_unavailable", "server_busy", "rate_limited"]);

/** Whether to send again by itself (after a wait): no answer of ours and a busy proxy, or a refusal that passes. */
function retryAtOnce(result: UploadResult): boolean {
  const code = result.body?.error?.code;
  return code ? PASSING.has(code) : BUSY.has(result.status);
}

/**
 * The server's answer, or null once `signal` withdrew the frame. Sent in full,
 * the answer waits for the server's upload to Veriff with all of its tries:
 * `answerMs` at most (the server says how long, in its capture state), and
 * as long for a frame on its way in an earlier request.
 */
export async function uploadFrame(
  token: string,
  context: string,
  blob: Blob,
  onProgress: (fraction: number) => void,
  {
    frameId,
    answerMs,
    source = "camera",
    bothSides = false,
    signal,
  }: { frameId: string; answerMs: number; source?: "camera" | "file"; bothSides?: boolean; signal?: AbortSignal },
): Promise<UploadResult | null> {
  const frames = `/api/capture/${encodeURIComponent(token)}/frames`;
  const query = new URLSearchParams({
    context,
    frame: frameId,
    ...(source === "file" ? { source } : {}),
    ...(bothSides ? { sides: "both" } : {}),
  });
  const waitUntil = Date.now() + answerMs;
  for (let failures = 0; ;) {
    await whenOnline(signal);
    if (signal?.aborted) return null;
    const result = await send(`${frames}?${query}`, blob, { onProgress, answerMs, signal });
    if (signal?.aborted) return null;
    if (result.body?.error?.code === "frame_in_progress") {
      const settled = await whenSettled(`${frames}/${frameId}`, waitUntil, signal);
      // Not held after all (its request died): sent again.
      if (settled === "unknown") continue;
      return settled === "withdrawn" ? null : (settled ?? result);
    }
    if (!retryAtOnce(result)) return result;
    // Lost because the connection went: wait for it, without counting a failure.
    if (!navigator.onLine) continue;
    if (failures >= RETRIES) return result;
    // The server's own wait when it named one (capped: a page waits a minute at most), else backoff.
    await pause(Math.min(Math.max(1000 * 2 ** failures++, result.retryAfterMs ?? 0), 60_000), signal);
  }
}

/**
 * Asks where a frame on its way in an earlier request stands until it is
 * acknowledged (its answer), refused, "unknown" (send it again) or `until`
 * passes (null: still on its way).
 */
async function whenSettled(
  statusUrl: string,
  until: number,
  signal?: AbortSignal,
): Promise<UploadResult | "unknown" | "withdrawn" | null> {
  while (Date.now() < until) {
    await pause(STATUS_POLL_MS, signal);
    await whenOnline(signal);
    if (signal?.aborted) return "withdrawn";
    const response = await fetch(statusUrl, { cache: "no-store", signal }).catch(() => null);
    if (signal?.aborted) return "withdrawn";
    // Still on its way, or the server busy or rate-limited: ask again, after its Retry-After when it named one.
    if (!response || response.status === 202 || BUSY.has(response.status)) {
      await pause(Math.min(Number(response?.headers.get("retry-after")) * 1000 || 0, 60_000), signal);
      continue;
    }
    if (response.status === 404) return "unknown";
    const body = await response.json().catch(() => null);
    return { ok: response.ok, status: response.ok ? 201 : response.status, body };
  }
  return null;
}

/** Resolves once the browser is online, or the signal aborts. */
function whenOnline(signal?: AbortSignal): Promise<void> {
  if (navigator.onLine || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener("online", done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    window.addEventListener("online", done);
    signal?.addEventListener("abort", done);
  });
}

/** Resolves after `ms`, or at once when the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
  });
}

function send(
  url: string,
  blob: Blob,
  { onProgress, answerMs, signal }: { onProgress: (fraction: number) => void; answerMs: number; signal?: AbortSignal },
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    let stall: ReturnType<typeof setTimeout> | undefined;
    const watch = (ms: number) => {
      clearTimeout(stall);
      stall = setTimeout(() => request.abort(), ms);
    };
    const done = (result: UploadResult) => {
      clearTimeout(stall);
      signal?.removeEventListener("abort", withdraw);
      resolve(result);
    };
    const withdraw = () => request.abort();
    signal?.addEventListener("abort", withdraw, { once: true });
    request.open("POST", url);
    request.setRequestHeader("content-type", blob.type || "image/jpeg");
    request.upload.onprogress = (event) => {
      watch(STALL_MS);
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => watch(answerMs);
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: a proxy's error page
      }
      const retryAfter = Number(request.getResponseHeader("retry-after"));
      done({
        ok: request.status >= 200 && request.status < 300,
        status: request.status,
        body,
        ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      });
    };
    request.onerror = request.onabort = () => done({ ok: false, status: 0, body: null });
    watch(STALL_MS);
    request.send(blob);
  });
}
