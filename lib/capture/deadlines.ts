import "server-only";
import { serverEnv } from "@/lib/env";
import { longestCallMs } from "@/lib/veriff/http";

/**
 * How long a frame's upload may take, from the Veriff client's own retry
 * policy (every try at VERIFF_UPLOAD_TIMEOUT_MS, every wait between them):
 * - `frameAnswerMs`: how long the page waits for a frame's answer, or for a
 *   frame on its way in an earlier request (the capture state tells the page);
 * - `abandonedAfterMs`: after this, a frame still pending was left by a
 *   request that died, and may be sent again. Longer than the page's wait, so
 *   the page never sends a frame that may still reach Veriff.
 */
export function captureDeadlines(): { frameAnswerMs: number; abandonedAfterMs: number } {
  const env = serverEnv();
  // Every try whose answer is lost is followed by one look at Veriff's media list (lost-uploads.ts).
  const lookups = (env.VERIFF_MAX_ATTEMPTS - 1) * env.VERIFF_TIMEOUT_MS;
  const longest = longestCallMs(env.VERIFF_UPLOAD_TIMEOUT_MS, env.VERIFF_MAX_ATTEMPTS) + lookups;
  return { frameAnswerMs: longest + 30_000, abandonedAfterMs: longest + 60_000 };
}
