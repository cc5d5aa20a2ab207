// Browser side: sends a frame as binary (not base64: a third fewer bytes on the
// user's uplink) with progress. Offline, it waits for the connection to come
// back; online, network failures, stalls, 503s and "still on its way" are
// retried with backoff. A repeat is safe: every try carries the frame's id, and
// the server answers a frame it already has as the first time.
export interface UploadResult {
  ok: boolean;
  status: number;
  body: { frame?: { id: string }; error?: { code: string; message: string } } | null;
}

/** Retries after a failure while online; time spent offline does not count. */
const RETRIES = 3;
/** A connection can die without an error: an upload that moves no byte for this long is given up and retried. */
const STALL_MS = 30_000;
/** Sent in full, the answer waits for Veriff's (tried up to VERIFF_MAX_ATTEMPTS times by the server): this long at most. */
const ANSWER_MS = 180_000;

export async function uploadFrame(
  token: string,
  context: string,
  blob: Blob,
  onProgress: (fraction: number) => void,
  { frameId, source = "camera", bothSides = false }: { frameId: string; source?: "camera" | "file"; bothSides?: boolean },
): Promise<UploadResult> {
  const query = new URLSearchParams({ context, frame: frameId, ...(source === "file" ? { source } : {}), ...(bothSides ? { sides: "both" } : {}) });
  const url = `/api/capture/${encodeURIComponent(token)}/frames?${query}`;
  for (let failures = 0; ; ) {
    await whenOnline();
    const result = await send(url, blob, onProgress);
    const retryable = result.status === 0 || result.status === 503 || result.body?.error?.code === "frame_in_progress";
    if (!retryable) return result;
    // Lost because the connection went: wait for it, without counting a failure.
    if (!navigator.onLine) continue;
    if (failures >= RETRIES) return result;
    await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** failures++));
  }
}

function whenOnline(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("online", () => resolve(), { once: true }));
}

function send(url: string, blob: Blob, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    let stall: ReturnType<typeof setTimeout> | undefined;
    const watch = (ms: number) => {
      clearTimeout(stall);
      stall = setTimeout(() => request.abort(), ms);
    };
    const done = (result: UploadResult) => {
      clearTimeout(stall);
      resolve(result);
    };
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
