// Browser side: sends a frame as binary (not base64: a third fewer bytes on the
// user's uplink) with progress, retrying network failures and 503s.
export interface UploadResult {
  ok: boolean;
  status: number;
  body: { frame?: { id: string }; error?: { code: string; message: string } } | null;
}

const RETRIES = 3;

export async function uploadFrame(
  token: string,
  context: string,
  blob: Blob,
  onProgress: (fraction: number) => void,
  { source = "camera", bothSides = false }: { source?: "camera" | "file"; bothSides?: boolean } = {},
): Promise<UploadResult> {
  const query = new URLSearchParams({ context, ...(source === "file" ? { source } : {}), ...(bothSides ? { sides: "both" } : {}) });
  for (let attempt = 0; ; attempt++) {
    const result = await send(`/api/capture/${encodeURIComponent(token)}/frames?${query}`, blob, onProgress);
    const retryable = result.status === 0 || result.status === 503;
    if (!retryable || attempt >= RETRIES) return result;
    await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
  }
}

function send(url: string, blob: Blob, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("content-type", blob.type || "image/jpeg");
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: a proxy's error page
      }
      resolve({ ok: request.status >= 200 && request.status < 300, status: request.status, body });
    };
    request.onerror = () => resolve({ ok: false, status: 0, body: null });
    request.send(blob);
  });
}
