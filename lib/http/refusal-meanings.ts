import type { RefusalCode } from "./refusal-response";

/**
 * What each refusal code means to an operator reading logs, metrics
 * (capture_frames_total{outcome=…}) or a support ticket: the error-code
 * table of docs/operations.md is rendered from this and the status table
 * (`npm run docs:config`; a test keeps it current). A new code in the status
 * table fails the typecheck until it has a line here.
 */
export const REFUSAL_MEANINGS = {
  invalid_request: "The request is malformed: a field missing or of the wrong shape (the message names it).",
  invalid_cursor: "A page cursor that is not ours, or was made for other filters.",
  invalid_context: "A frame for a context the session does not take (a document side it does not have, say).",
  invalid_source: "A frame's source is neither camera nor file.",
  file_not_pre: "A chosen file sent as a -pre frame: files stand for the side itself.",
  empty_file: "A frame with no bytes.",
  both_sides_not_allowed: "A PDF marked as holding both sides where that cannot be (not the front, or not a PDF).",
  invalid_nfc_data: "NFC data that is not the four base64 fields, or over its size limit.",
  proof_of_address_not_enabled:
    "A session asks for a proof of address the Veriff integration is not set up for (VERIFF_PROOF_OF_ADDRESS).",
  file_too_large: "A frame larger than Veriff takes for its type.",
  payload_too_large: "A JSON body (or a webhook) over its size limit (lib/limits.ts).",
  unsupported_type: "A frame of a type Veriff does not take.",
  type_mismatch: "A frame whose bytes are not the type it declares: a renamed or damaged file, or an attack.",
  pdf_not_accepted: "A PDF while the integration takes none (VERIFF_PDF_ENABLED).",
  unreadable_file: "An image whose header says JPEG, PNG or HEIF but whose content cannot be read.",
  too_many_pixels: "An image over 1920 px on its longer side: the capture page downscales, so this is another client.",
  return_url_not_allowed:
    "An integrator's returnUrl on an origin not in APP_RETURN_ORIGINS (or carrying credentials): add the origin, or fix the URL.",
  invalid_api_key: "An integrator call without a key of APP_API_KEYS (a rotated-out key, most often).",
  not_signed_in: "A staff console call without a valid staff session.",
  webhook_unauthenticated:
    "A webhook whose signature verifies with no secret of VERIFF_SHARED_SECRETS, or whose x-auth-client is not VERIFF_API_KEY: a rotation done in the wrong order, or a forgery. Nothing is stored.",
  invalid_metrics_token: "A /api/metrics or /api/health call whose bearer token is not METRICS_TOKEN.",
  consent_required: "A frame before the end-user agreed to the processing on the capture page.",
  not_allowed: "A staff member whose role does not allow the action.",
  cross_site: "A staff image requested from another site: images are shown only inside the console.",
  invalid_token: "A capture link that does not exist (mistyped, or replaced by a newer link).",
  session_not_found: "An integrator call for a session id this app does not have.",
  not_found: "Nothing at this address (also /api/metrics while METRICS_TOKEN is unset).",
  gone_at_veriff: "Veriff no longer has what was asked for (an image after Veriff's own retention).",
  link_expired: "A capture link past its lifetime: the integrator issues a new one.",
  already_submitted: "Frames or a submit for an attempt already submitted (a second tab or device).",
  capture_incomplete:
    "A submit before every required frame is acknowledged by Veriff (the answer lists what is missing).",
  frame_in_progress: "A retry of a frame whose first upload is still on its way to Veriff.",
  frame_id_reused: "A frame id sent again with other bytes or another context: a client bug.",
  address_already_sent: "A second proof-of-address document: Veriff takes one per check.",
  too_many_frames: "More frames for one attempt than allowed (40): a stuck or hostile client.",
  too_many_attempts: "Staff sign-in attempts for one account are being slowed down (failures from one address).",
  rate_limited: "A per-link, per-address or per-key rate limit (lib/rate-limit/rules.ts); Retry-After says when.",
  internal_error: "A bug or an unexpected failure: the log line with the same request id has the detail.",
  veriff_refused: "Veriff refused the call for good (a 4xx): the answer carries Veriff's code.",
  veriff_unavailable:
    "Veriff did not answer, or answered 5xx or 429, after every retry; the client may try again. Watch veriff_request_duration_seconds.",
  server_busy:
    "The database is briefly unreachable, or this instance holds its upload budget (64 MiB) already: try again after Retry-After.",
  webhook_not_applied: "A verified webhook stored but not applied (the database away): Veriff retries it.",
} as const satisfies Record<RefusalCode, string>;
