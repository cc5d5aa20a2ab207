import "server-only";

export interface VeriffHealth {
  ok: boolean;
  latencyMs: number;
  /** The HTTP status the API base answered with; any answer proves it is reachable. */
  httpStatus?: number;
  error?: string;
}

const TIMEOUT_MS = 3_000;
// Load balancers probe health every few seconds: ask Veriff at most this often per instance.
const CACHE_MS = 15_000;
let cached: { apiUrl: string; at: number; result: Promise<VeriffHealth> } | undefined;

/** checkVeriff, reusing a result younger than CACHE_MS. */
export function checkVeriffCached(apiUrl: string, now = Date.now()): Promise<VeriffHealth> {
  if (!cached || cached.apiUrl !== apiUrl || now - cached.at > CACHE_MS) {
    cached = { apiUrl, at: now, result: checkVeriff(apiUrl) };
  }
  return cached.result;
}

/**
 * Whether the Veriff API (or the emulator) answers at all. Veriff has no
 * health endpoint and this check must not spend credentials, so it sends an
 * unauthenticated GET to the API base: any HTTP answer, even 401 or 404,
 * means the network path and the server are up.
 */
export async function checkVeriff(apiUrl: string): Promise<VeriffHealth> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(`${apiUrl}/`, {
      method: "GET",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    return { ok: response.status < 500, latencyMs: elapsed(), httpStatus: response.status };
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), error: describeNetworkError(error) };
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") return "timeout";
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === "ECONNREFUSED") return "connection_refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "dns_lookup_failed";
  return code ? code.toLowerCase() : "unreachable";
}
