// Browser side: sends a frame as binary (not base64: a third fewer bytes on the
// user's uplink) with progress. Offline, it waits for the connection to come
// back; online, network failures, stalls and 503s are retried with backoff, and
// "still on its way" is asked again for as long as the first try may take. A
// repeat is safe: every try carries the frame's id, and the server answers a
// frame it already has as the first time. A withdrawn frame (retaken, its
// check started over) is never sent once its signal is aborted.
export interface UploadResult {
  ok: boolean;
  status: number;
  body: { frame?: { id: string }; error?: { code: string; message: string } } | null;
}

/** Retries after a failure while online; time spent offline does not count. */
const RETRIES = 3;
/** A connection can die without an error: an upload that moves no byte for this long is given up and retried. */
const STALL_MS = 30_000;
/**
 * Sent in full, the answer waits for the server's upload to Veriff, with all of
 * its tries and waits (lib/veriff/http.ts, longestCallMs: 5.5 min with the
 * default settings): this long at most, and as long for a try still on its way.
 */
const ANSWER_MS = 6 * 60_000;
const IN_PROGRESS_POLL_MS = 3_000;

/** Whether sending the same frame again may succeed: the network, the server or Veriff unavailable, the frame still on its way. */
export function worthRetrying(result: UploadResult): boolean {
  return result.status === 0 || result.status >= 500 || result.body?.error?.code === "frame_in_progress";
}

/** The server's answer, or null once `signal` withdrew the frame. */
export async function uploadFrame(
  token: string,
  context: string,
  blob: Blob,
  onProgress: (fraction: number) => void,
  { frameId, source = "camera", bothSides = false, signal }: { frameId: string; source?: "camera" | "file"; bothSides?: boolean; signal?: AbortSignal },
): Promise<UploadResult | null> {
  const query = new URLSearchParams({ context, frame: frameId, ...(source === "file" ? { source } : {}), ...(bothSides ? { sides: "both" } : {}) });
  const url = `/api/capture/${encodeURIComponent(token)}/frames?${query}`;
  for (let failures = 0, waited = 0; ; ) {
    await whenOnline(signal);
    if (signal?.aborted) return null;
    const result = await send(url, blob, onProgress, signal);
    if (signal?.aborted) return null;
    if (result.body?.error?.code === "frame_in_progress" && waited < ANSWER_MS) {
      await pause(IN_PROGRESS_POLL_MS, signal);
      waited += IN_PROGRESS_POLL_MS;
      continue;
    }
    if (result.status !== 0 && result.status !== 503) return result;
    // Lost because the connection went: wait for it, without counting a failure.
    if (!navigator.onLine) continue;
    if (failures >= RETRIES) return result;
    await pause(1000 * 2 ** failures++, signal);
  }
}

function whenOnline(signal?: AbortSignal): Promise<void> {
  if (navigator.onLine || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener("online", () => resolve(), { once: true, signal });
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

function send(url: string, blob: Blob, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadResult> {
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
    request.upload.onload = () => watch(ANSWER_MS);
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: a proxy's error page
      }
      done({ ok: request.status >= 200 && request.status < 300, status: request.status, body });
    };
    request.onerror = request.onabort = () => done({ ok: false, status: 0, body: null });
    watch(STALL_MS);
    request.send(blob);
  });
}
