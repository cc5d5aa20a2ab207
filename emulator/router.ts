// Routing, fault injection, authentication and error mapping around the handlers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { collectedData } from "./api/collected-data";
import { control } from "./api/control";
import { uploadMedia } from "./api/media-upload";
import * as queries from "./api/queries";
import * as sessions from "./api/sessions";
import type { Emulator } from "./emulator";
import { authenticate, type SignedOver } from "./http/authenticate";
import { ApiError } from "./http/errors";
import { readBody } from "./http/read-body";
import { send, type Reply } from "./http/respond";

export interface RequestContext {
  emulator: Emulator;
  request: IncomingMessage;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Buffer;
}

interface Route {
  method: string;
  /** Veriff's own name for the endpoint; fault settings are keyed by it. */
  name: string;
  pattern: RegExp;
  /** Which path parameter is signed for GET/DELETE; body-signed when "body"; unsigned when "none". */
  signed: "none" | "body" | "id" | "attemptId" | "mediaId";
  handler: (context: RequestContext) => Reply | Promise<Reply>;
  /** Takes gzip/deflate request bodies (the media upload only, per the seed). */
  compressible?: true;
}

const ID = "(?<id>[^/]+)";
const routes: Route[] = [
  { method: "POST", name: "POST /sessions", pattern: /^\/v1\/sessions\/?$/, signed: "none", handler: sessions.create },
  {
    method: "POST",
    name: "POST /sessions/validate-registry",
    pattern: /^\/v1\/sessions\/validate-registry\/?$/,
    signed: "body",
    handler: sessions.validateRegistry,
  },
  {
    method: "PATCH",
    name: "PATCH /sessions/{id}",
    pattern: new RegExp(`^/v1/sessions/${ID}/?$`),
    signed: "body",
    handler: sessions.update,
  },
  {
    method: "DELETE",
    name: "DELETE /sessions/{id}",
    pattern: new RegExp(`^/v1/sessions/${ID}/?$`),
    signed: "id",
    handler: sessions.remove,
  },
  {
    method: "POST",
    name: "POST /sessions/{id}/media",
    pattern: new RegExp(`^/v1/sessions/${ID}/media/?$`),
    signed: "body",
    handler: uploadMedia,
    compressible: true,
  },
  {
    method: "POST",
    name: "POST /sessions/{id}/collected-data",
    pattern: new RegExp(`^/v1/sessions/${ID}/collected-data/?$`),
    signed: "body",
    handler: collectedData,
  },
  {
    method: "GET",
    name: "GET /sessions/{id}/decision",
    pattern: new RegExp(`^/v1/sessions/${ID}/decision/?$`),
    signed: "id",
    handler: queries.decision,
  },
  ...(["ine-registry", "curp-registry", "combined-ine-curp-registry"] as const).map((registry): Route => ({
    method: "GET",
    name: `GET /sessions/{id}/decision/${registry}`,
    pattern: new RegExp(`^/v1/sessions/${ID}/decision/${registry}/?$`),
    signed: "id",
    handler: (context) => queries.registry(context, registry),
  })),
  {
    method: "GET",
    name: "GET /sessions/{id}/person",
    pattern: new RegExp(`^/v1/sessions/${ID}/person/?$`),
    signed: "id",
    handler: queries.person,
  },
  {
    method: "GET",
    name: "GET /sessions/{id}/watchlist-screening",
    pattern: new RegExp(`^/v1/sessions/${ID}/watchlist-screening/?$`),
    signed: "id",
    handler: queries.watchlistScreening,
  },
  {
    method: "GET",
    name: "GET /sessions/{id}/media",
    pattern: new RegExp(`^/v1/sessions/${ID}/media/?$`),
    signed: "id",
    handler: queries.sessionMedia,
  },
  {
    method: "GET",
    name: "GET /sessions/{id}/attempts",
    pattern: new RegExp(`^/v1/sessions/${ID}/attempts/?$`),
    signed: "id",
    handler: queries.attempts,
  },
  {
    method: "GET",
    name: "GET /attempts/{attemptId}/media",
    pattern: /^\/v1\/attempts\/(?<attemptId>[^/]+)\/media\/?$/,
    signed: "attemptId",
    handler: queries.attemptMedia,
  },
  {
    method: "GET",
    name: "GET /media/{mediaId}",
    pattern: /^\/v1\/media\/(?<mediaId>[^/]+)\/?$/,
    signed: "mediaId",
    handler: queries.mediaFile,
  },
];

export async function handleRequest(
  emulator: Emulator,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const url = new URL(request.url ?? "/", "http://emulator");
  const credentials = { apiKey: emulator.config.apiKey, sharedSecrets: emulator.config.sharedSecrets };
  if (url.pathname === "/__emulator" || url.pathname.startsWith("/__emulator/")) {
    await control(emulator, request, response, url);
    return;
  }
  let status = 500;
  try {
    const route = routes.find(
      (candidate) => candidate.pattern.test(url.pathname) && candidate.method === request.method,
    );
    if (!route) {
      const pathKnown = routes.some((candidate) => candidate.pattern.test(url.pathname));
      throw pathKnown
        ? new ApiError(405, "1101", "Method not allowed")
        : new ApiError(404, "1101", "Resource not found");
    }
    const fault = emulator.faults.next(route.name);
    if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault.action === "drop") {
      status = 0;
      request.socket.destroy();
      return;
    }
    if (fault.action === "500") throw new ApiError(500, "1101", "Something went wrong");
    if (fault.action === "429") throw new ApiError(429, "1101", "Too many requests");

    const params = { ...route.pattern.exec(url.pathname)?.groups } as Record<string, string>;
    const body = await readBody(request, { compressible: route.compressible });
    authenticate(request, credentials, signedOver(route, params, body));
    const reply = await route.handler({ emulator, request, params, query: url.searchParams, body });
    if (fault.action === "drop-response") {
      status = 0;
      request.socket.destroy();
      return;
    }
    status = reply.status;
    send(response, reply, credentials);
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(500, "1101", "Something went wrong");
    if (!(error instanceof ApiError))
      emulator.log(`internal error: ${error instanceof Error ? error.stack : String(error)}`);
    status = apiError.httpStatus;
    send(
      response,
      { status: apiError.httpStatus, json: apiError.body() },
      credentials,
      apiError.httpStatus === 429 ? { "retry-after": "1" } : {},
    );
  } finally {
    emulator.log(
      `${request.method} ${url.pathname} ${status || "dropped"} ${Math.round(performance.now() - started)}ms`,
    );
  }
}

function signedOver(route: Route, params: Record<string, string>, body: Buffer): SignedOver {
  if (route.signed === "none") return { kind: "none" };
  if (route.signed === "body") return { kind: "body", body };
  return { kind: "path", id: params[route.signed] ?? "" };
}
