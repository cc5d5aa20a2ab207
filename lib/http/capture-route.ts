import "server-only";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { perAddress, rateLimited } from "./rate-limited";
import { route } from "./route";

/**
 * A capture route (/api/capture/{token}/…): the route wrapper, with every
 * request counted per capture link and per client address before anything
 * else is done (`upload`: frame uploads count on their own rule too).
 */
export function captureRoute<Params extends { token: string }>(
  name: string,
  handler: (request: Request, params: Params) => Promise<Response>,
  { upload = false } = {},
) {
  return route(name, async (request, { params }: { params: Promise<Params> }) => {
    const resolved = await params;
    const limited = await rateLimited([
      { rule: RATE_LIMITS.captureToken, subject: resolved.token },
      ...(upload ? [{ rule: RATE_LIMITS.captureUploadToken, subject: resolved.token }] : []),
      perAddress(request.headers, RATE_LIMITS.captureAddress),
    ]);
    return limited ?? handler(request, resolved);
  });
}
