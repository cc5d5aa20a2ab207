// One simulated client's HTTP to the app: real requests, each counted by
// route and status (0: no answer), sent as from the client's own address
// behind one trusted proxy (X-Forwarded-For, TRUSTED_PROXY_HOPS=1).
import type { Metrics } from "./metrics";
import type { Random } from "./random";

export interface Answer {
  /** 0 when no answer came (connection refused or dropped, the app killed, a timeout). */
  status: number;
  /** The parsed JSON body, or null. */
  json: Record<string, unknown> | null;
  /** Our API's refusal code, when the body has one. */
  code: string | undefined;
  retryAfterMs: number | undefined;
}

export interface CallInit {
  method: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer> | string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 4_000;

export class AppClient {
  constructor(
    private readonly baseUrl: string,
    private readonly metrics: Metrics,
    /** The address the client's proxy vouches for. */
    readonly address: string,
    private readonly random: Random,
  ) {}

  /** `route` names the request for the figures, e.g. "POST …/frames". */
  call(route: string, path: string, init: CallInit): Promise<Answer> {
    return this.metrics.during(route, async () => {
      let answer: Answer;
      try {
        const response = await fetch(`${this.baseUrl}${path}`, {
          method: init.method,
          headers: { "x-forwarded-for": this.address, ...init.headers },
          body: init.body,
          signal: AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
        const text = await response.text();
        const json = parseObject(text);
        const error = json?.error as { code?: unknown } | undefined;
        answer = {
          status: response.status,
          json,
          code: typeof error?.code === "string" ? error.code : undefined,
          retryAfterMs: retryAfterMs(response.headers.get("retry-after")),
        };
      } catch {
        answer = { status: 0, json: null, code: undefined, retryAfterMs: undefined };
      }
      this.metrics.answered(route, answer.status);
      return answer;
    });
  }

  /**
   * Why this answer is worth the same request again, as the capture page
   * judges it (lib/capture/browser/upload-frame.ts): no answer, a busy or
   * unreachable server (502, 503, 504), too many requests (429), or a failure
   * of ours (500, which the page offers to try again). Undefined: not worth it.
   */
  retryCause(answer: Answer): string | undefined {
    if (answer.status === 0) return "no answer";
    if ([429, 500, 502, 503, 504].includes(answer.status)) return `${answer.status} ${answer.code ?? "(no code)"}`;
    return undefined;
  }

  /** Waits before try `failures + 1`: Retry-After when given, else exponential backoff with jitter. */
  async backoff(failures: number, answer: Answer): Promise<void> {
    const backoff = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures) * (0.5 + this.random() / 2);
    await new Promise((resolve) => setTimeout(resolve, Math.max(backoff, answer.retryAfterMs ?? 0)));
  }
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function retryAfterMs(header: string | null): number | undefined {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
