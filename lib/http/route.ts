import "server-only";
import { randomUUID } from "node:crypto";
import { isTransientDatabaseError } from "@/lib/db-errors";
import { log, withRequestId } from "@/lib/log";
import { observeRequest } from "@/lib/metrics/metrics";
import { countRouteOutcome } from "@/lib/metrics/route-outcomes";
import { refusal } from "@/lib/refusal";
import { isDraining, trackRequest } from "@/lib/shutdown/shutdown-state";
import { hasActiveSpan, inSpan, SpanKind } from "@/lib/tracing/spans";
import { refusalCodeOf, refusalResponse } from "./refusal-response";

// A caller-supplied id is kept (so a proxy's id follows the request through
// our logs) only when it looks like an id, never free text.
const REQUEST_ID = /^[\w.:-]{8,128}$/;

/**
 * Wraps a route handler: gives the request an id (echoed in `x-request-id`
 * and attached to every log line written while it runs), logs one line per
 * request, counts it in the metrics and traces it in a span named by the
 * route (never by its URL, which may hold a capture token), and turns an
 * exception into an answer that leaks no detail: 503 when the database is
 * briefly away (a retry will do), else a generic 500 that names the request id.
 * While the process shuts down, a new request is answered 503 server_busy at
 * once (another instance takes the retry), and one in flight is waited for
 * (lib/shutdown/drain-on-signal.ts).
 */
export function route<Context>(
  name: string,
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return (request, context) => {
    if (isDraining()) return Promise.resolve(shuttingDownResponse());
    return trackRequest(() => handle(request, context));
  };

  function handle(request: Request, context: Context): Promise<Response> {
    const incoming = request.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    // Inside Next.js's own request span when tracing is on; the outermost span in tests.
    const kind = hasActiveSpan() ? SpanKind.INTERNAL : SpanKind.SERVER;
    const attributes = { "http.request.method": request.method, "http.route": name, "app.request_id": requestId };
    return withRequestId(requestId, () =>
      inSpan(`${request.method} ${name}`, { kind, attributes }, async (span) => {
        const started = performance.now();
        let response: Response;
        try {
          response = await handler(request, context);
        } catch (error) {
          response = failureResponse(error, name);
        }
        const code = refusalCodeOf(response);
        // Some responses (redirects, proxied fetches) have immutable headers: copy before adding ours.
        response = new Response(response.body, response);
        response.headers.set("x-request-id", requestId);
        const seconds = (performance.now() - started) / 1000;
        observeRequest(name, request.method, response.status, seconds);
        countRouteOutcome(name, response.status, code);
        span.setAttributes({ "http.response.status_code": response.status, ...(code ? { "app.refusal": code } : {}) });
        log().info(
          { route: name, method: request.method, status: response.status, durationMs: Math.round(seconds * 1000) },
          "request handled",
        );
        return response;
      }),
    );
  }
}

/** How long a client waits before trying again when this instance is shutting down (a load balancer sends the retry elsewhere). */
const SHUTDOWN_RETRY_AFTER_SECONDS = 1;

function shuttingDownResponse(): Response {
  return refusalResponse(refusal("server_busy", "This server is shutting down: try again in a moment."), {
    // The connection goes too: kept alive, it would bring the client back to this instance.
    headers: { "retry-after": String(SHUTDOWN_RETRY_AFTER_SECONDS), connection: "close" },
  });
}

/** How long a client waits before trying again while the database is away (a restart, a failover). */
const DATABASE_RETRY_AFTER_SECONDS = 2;

function failureResponse(error: unknown, route: string): Response {
  // Codes listed in lib/capture/error-codes.ts: the capture page has a phrase for each; it retries
  // server_busy by itself and offers "Try again" for internal_error.
  if (isTransientDatabaseError(error)) {
    log().warn({ err: error, route }, "database unavailable; asked the client to try again");
    return refusalResponse(refusal("server_busy", "The service is briefly unavailable: try again in a moment."), {
      headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
    });
  }
  log().error({ err: error, route }, "unhandled error in route");
  return refusalResponse(
    refusal("internal_error", "Something went wrong on our side. Quote the request id if you contact support."),
  );
}
