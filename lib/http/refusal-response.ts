import "server-only";
import type { CaptureErrorCode } from "@/lib/capture/error-codes";
import type { IntegratorErrorCode } from "@/lib/contracts/integrator-api";
import type { Refusal } from "@/lib/refusal";

/**
 * The HTTP status of every refusal our API answers with, by its code: the one
 * place a status is chosen. One code, one status, whichever route answers: a
 * client may branch on either. Every capture and integrator code must be here
 * (the typecheck says so); the staff console's and the webhook receiver's follow.
 */
const STATUS_BY_CODE = {
  // The request itself
  invalid_request: 400,
  invalid_cursor: 400,
  invalid_context: 400,
  invalid_source: 400,
  file_not_pre: 400,
  empty_file: 400,
  both_sides_not_allowed: 400,
  invalid_nfc_data: 400,
  proof_of_address_not_enabled: 400,
  return_url_not_allowed: 400,
  file_too_large: 413,
  payload_too_large: 413,
  unsupported_type: 415,
  type_mismatch: 415,
  pdf_not_accepted: 415,
  unreadable_file: 422,
  too_many_pixels: 422,
  // Who is asking
  invalid_api_key: 401,
  not_signed_in: 401,
  webhook_unauthenticated: 401,
  invalid_metrics_token: 401,
  consent_required: 403,
  not_allowed: 403,
  cross_site: 403,
  // What it names
  invalid_token: 404,
  session_not_found: 404,
  not_found: 404,
  gone_at_veriff: 404,
  link_expired: 410,
  // The state it meets
  already_submitted: 409,
  capture_incomplete: 409,
  frame_in_progress: 409,
  frame_id_reused: 409,
  address_already_sent: 409,
  too_many_frames: 409,
  too_many_attempts: 429,
  rate_limited: 429,
  // Failures of ours or Veriff's
  internal_error: 500,
  // Veriff understood the request and refused it as it is: sending it again will not help.
  veriff_refused: 422,
  veriff_unavailable: 503,
  server_busy: 503,
  webhook_not_applied: 503,
} as const satisfies Record<CaptureErrorCode | IntegratorErrorCode, number> & Record<string, number>;

export type RefusalCode = keyof typeof STATUS_BY_CODE;

export function statusOf(code: RefusalCode): number {
  return STATUS_BY_CODE[code];
}

// Which refusal each answer carries, for the route wrapper's metrics: read without parsing the body.
const codeOfResponse = new WeakMap<Response, RefusalCode>();

/** A refusal as our API answers it: its status from the table, `{ error: { code, message, ...details } }`. */
export function refusalResponse(refusal: Refusal<RefusalCode>, init?: { headers?: HeadersInit }): Response {
  const response = errorResponse(statusOf(refusal.code), refusal.code, refusal.message, refusal.details);
  for (const [name, value] of new Headers(init?.headers)) response.headers.set(name, value);
  codeOfResponse.set(response, refusal.code);
  return response;
}

/** The code of the refusal `response` answers, when refusalResponse made it. */
export function refusalCodeOf(response: Response): RefusalCode | undefined {
  return codeOfResponse.get(response);
}

/** Every refusal code with its HTTP status, in the table's order (docs/operations.md lists them). */
export function refusalStatuses(): { code: RefusalCode; status: number }[] {
  return Object.entries(STATUS_BY_CODE).map(([code, status]) => ({ code: code as RefusalCode, status }));
}

/** The one error body shape of our API: a stable code for programs, a message for people. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): Response {
  return Response.json({ error: { code, message, ...details } }, { status });
}
