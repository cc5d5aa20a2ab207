import { refusal, type Refusal } from "@/lib/refusal";

// Every failure of a Veriff call, typed. The message is safe to log: it names
// the endpoint, the status and Veriff's code, never a body, secret or personal data.
export type VeriffErrorKind =
  /** Veriff answered with an error status. */
  | "http"
  /** No answer: connection refused, reset or dropped. Whether the request took effect is unknown. */
  | "network"
  /** No answer in time. Whether the request took effect is unknown. */
  | "timeout"
  /** The answer's x-hmac-signature does not verify: its content is not trusted. */
  | "signature"
  /** The answer verified but is not the shape the contract promises. */
  | "invalid_response"
  /** Our own request failed validation before anything was sent. */
  | "invalid_request";

export class VeriffError extends Error {
  override readonly name = "VeriffError";

  constructor(
    readonly kind: VeriffErrorKind,
    /** The endpoint as Veriff names it, e.g. "POST /sessions/{id}/media" (no ids). */
    readonly endpoint: string,
    readonly details: { status?: number; code?: string; retryAfterMs?: number } = {},
  ) {
    super(
      [`Veriff ${endpoint}:`, kind, details.status && `HTTP ${details.status}`, details.code && `code ${details.code}`]
        .filter(Boolean)
        .join(" "),
    );
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get code(): string | undefined {
    return this.details.code;
  }

  /** Whether repeating the same request can never succeed (a 4xx other than 408 and 429, a bad request of ours). */
  get permanent(): boolean {
    if (this.kind === "invalid_request") return true;
    if (this.kind !== "http" || this.status === undefined) return false;
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }

  /** Whether the request may have taken effect although we got no answer (a write must be checked before it is repeated). */
  get outcomeUnknown(): boolean {
    return this.kind === "network" || this.kind === "timeout" || (this.kind === "http" && (this.status ?? 0) >= 500);
  }
}

/** A Veriff failure as our APIs report it: refused for good (with Veriff's code), or unavailable (try again). */
export function veriffRefusal(error: VeriffError): Refusal<"veriff_refused" | "veriff_unavailable"> {
  return error.permanent
    ? refusal("veriff_refused", "Veriff refused the request.", { veriffCode: error.code ?? null })
    : refusal("veriff_unavailable", "Veriff could not be reached. Try again in a moment.");
}
