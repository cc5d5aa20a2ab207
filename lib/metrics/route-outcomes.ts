import { countFrame, countSubmit } from "./metrics";

// The routes whose every answer is an outcome worth counting on its own.
const FRAME_ROUTES = new Set(["capture.frames", "sessions.frames"]);
const SUBMIT_OUTCOMES: Record<number, string> = { 200: "submitted", 202: "submitting" };

/**
 * Counts a frame upload or a submit by its outcome, from the answer the route
 * gave: `code` is the refusal's, when it refused. Counted here, once, so that
 * refusals of every layer (rate limits, checks, Veriff) are in.
 */
export function countRouteOutcome(route: string, status: number, code: string | undefined): void {
  if (FRAME_ROUTES.has(route)) countFrame(status === 201 ? "acknowledged" : (code ?? `http_${status}`));
  else if (route === "capture.submit") countSubmit(code ?? SUBMIT_OUTCOMES[status] ?? `http_${status}`);
}
