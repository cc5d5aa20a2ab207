import "server-only";
import { randomUUID } from "node:crypto";
import { log, withRequestId } from "@/lib/log";

// A caller-supplied id is kept (so a proxy's id follows the request through
// our logs) only when it looks like an id, never free text.
const REQUEST_ID = /^[\w.:-]{8,128}$/;

/**
 * Wraps a route handler: gives the request an id (echoed in `x-request-id`
 * and attached to every log line written while it runs), logs one line per
 * request, and turns an unexpected exception into a generic 500 that names
 * the request id instead of leaking details.
 */
export function route<Context>(
  name: string,
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return (request, context) => {
    const incoming = request.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    return withRequestId(requestId, async () => {
      const started = performance.now();
      let response: Response;
      try {
        response = await handler(request, context);
      } catch (error) {
        log().error({ err: error, route: name }, "unhandled error in route");
        // A code listed in lib/capture/error-codes.ts: the capture page has a phrase for it.
        response = errorResponse(
          500,
          "internal_error",
          "Something went wrong on our side. Quote the request id if you contact support.",
        );
      }
      // Some responses (redirects, proxied fetches) have immutable headers: copy before adding ours.
      response = new Response(response.body, response);
      response.headers.set("x-request-id", requestId);
      log().info(
        {
          route: name,
          method: request.method,
          status: response.status,
          durationMs: Math.round(performance.now() - started),
        },
        "request handled",
      );
      return response;
    });
  };
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
