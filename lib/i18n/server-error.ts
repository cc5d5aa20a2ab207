// The page's words for a refusal from the capture API.
import { isCaptureErrorCode } from "@/lib/capture/error-codes";
import type { Copy, ServerErrorCode, UnknownFailure } from "./en";

/**
 * A refusal in the page's language, with its code for staff to look up. The
 * server's own message is English and meant for developers: never shown.
 * `fallback`: the page's own code when the server gave none (the network, a
 * proxy's error page), by what was being done.
 */
export function serverError(
  copy: Copy,
  error: { code?: unknown } | null | undefined,
  fallback: UnknownFailure,
): string {
  const code = referenceCode(error, fallback);
  // Veriff's refusal or absence at submit is no fault of one photo: say that the sending failed.
  const phrase =
    fallback === "unknown_submit" && (code === "veriff_refused" || code === "veriff_unavailable")
      ? copy.serverErrors.unknown_submit
      : copy.serverErrors[code];
  return `${phrase} ${copy.reference}: ${code}`;
}

/** The code a refusal is shown with: the server's, when it is one the page knows, else the page's own for what was being done. */
export function referenceCode(error: { code?: unknown } | null | undefined, fallback: UnknownFailure): ServerErrorCode {
  return isCaptureErrorCode(error?.code) ? error.code : fallback;
}
