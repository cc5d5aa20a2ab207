import "server-only";
import type { VeriffError } from "@/lib/veriff/errors";
import { errorResponse } from "./route";

/** A Veriff failure as our API reports it: refused (permanent) or unavailable (try again). */
export function veriffErrorResponse(error: VeriffError): Response {
  return error.permanent
    ? errorResponse(502, "veriff_refused", "Veriff refused the request.", { veriffCode: error.code ?? null })
    : errorResponse(503, "veriff_unavailable", "Veriff could not be reached. Try again in a moment.");
}
