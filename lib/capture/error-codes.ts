// Every refusal the capture routes (/api/capture/{token}/…) can answer with,
// by its stable code. A plain list, not a server module, so the page's
// catalogs can be typed against it: a code without a phrase in every
// language fails the typecheck. The server modules type their codes from it.
/** What a frame's checks and its upload can refuse, on the capture page's route and the integrators' alike. */
export const FRAME_ERROR_CODES = [
  "invalid_context",
  "empty_file",
  "unsupported_type",
  "type_mismatch",
  "unreadable_file",
  "pdf_not_accepted",
  "both_sides_not_allowed",
  "file_too_large",
  "too_many_pixels",
  "veriff_refused",
  "veriff_unavailable",
  "frame_in_progress",
  "frame_id_reused",
  "too_many_frames",
  "server_busy",
] as const;

export const CAPTURE_ERROR_CODES = [
  // Any route: the link, and a failure of ours.
  "invalid_token",
  "link_expired",
  "already_submitted",
  "internal_error",
  // POST …/frames
  "consent_required",
  ...FRAME_ERROR_CODES,
  "invalid_source",
  "file_not_pre",
  "address_already_sent",
  // POST …/submit
  "capture_incomplete",
  // POST …/consent, …/collected-data
  "invalid_request",
  "payload_too_large",
  // Any route: too many requests from this link or this address.
  "rate_limited",
] as const;

export type CaptureErrorCode = (typeof CAPTURE_ERROR_CODES)[number];

export function isCaptureErrorCode(code: unknown): code is CaptureErrorCode {
  return (CAPTURE_ERROR_CODES as readonly unknown[]).includes(code);
}

/** Refusals a later try of the same request may overcome: Veriff or we were unavailable, or the frame is still on its way. */
export const RETRYABLE_CODES: readonly CaptureErrorCode[] = [
  "veriff_unavailable",
  "server_busy",
  "rate_limited",
  "internal_error",
  "frame_in_progress",
];
