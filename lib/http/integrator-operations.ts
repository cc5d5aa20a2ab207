// Every operation of the integrator API, as the OpenAPI document
// (integrator-openapi.ts) describes it: the zod contracts its route parses
// and answers with, and the refusals it can answer with. A test checks the
// table against the route files and their answers in the route tests.
import "server-only";
import type { z } from "zod";
import { FRAME_CONTENT_TYPES } from "@/lib/capture/check-frame";
import { FRAME_ERROR_CODES } from "@/lib/capture/error-codes";
import {
  createdSession,
  integratorFrameAnswer,
  integratorFrameQuery,
  newSessionRequest,
  nfcAnswer,
  nfcRequest,
  sessionListQuery,
  sessionPageAnswer,
  sessionPathParams,
  sessionStatusAnswer,
  type IntegratorErrorCode,
} from "@/lib/contracts/integrator-api";
import { JSON_BODY_LIMITS } from "@/lib/limits";

export interface IntegratorOperation {
  method: "get" | "post";
  /** The path as OpenAPI writes it: `{id}` for the route's `[id]` folder. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: { description: string; contentTypes: readonly string[]; schema?: { name: string; zod: z.ZodType } };
  answer: { status: 200 | 201; description: string; name: string; zod: z.ZodType };
  /** Refusals besides those of every operation (COMMON_REFUSALS). */
  refusals: readonly IntegratorErrorCode[];
}

/** What any integrator route can answer: its key, its rate limit, and a failure of ours (integratorRoute, route). */
export const COMMON_REFUSALS = [
  "invalid_api_key",
  "rate_limited",
  "internal_error",
  "server_busy",
] as const satisfies readonly IntegratorErrorCode[];

export const INTEGRATOR_OPERATIONS: readonly IntegratorOperation[] = [
  {
    method: "post",
    path: "/api/sessions",
    operationId: "createSession",
    summary: "Create a verification session",
    description:
      "Creates the session at Veriff and ours, and answers with the capture link to give the end-user. Send `document.type` unless `proofOfAddress` is `only`.",
    body: {
      description: `The session, as JSON (${JSON_BODY_LIMITS.newSession} bytes at most).`,
      contentTypes: ["application/json"],
      schema: { name: "NewSession", zod: newSessionRequest },
    },
    answer: { status: 201, description: "Created.", name: "CreatedSession", zod: createdSession },
    refusals: [
      "invalid_request",
      "payload_too_large",
      "proof_of_address_not_enabled",
      "return_url_not_allowed",
      "veriff_refused",
      "veriff_unavailable",
    ],
  },
  {
    method: "get",
    path: "/api/sessions",
    operationId: "listSessions",
    summary: "List sessions",
    description:
      "Sessions newest first, one page at a time, optionally filtered (filters combine). Follow `nextCursor` for older sessions and `previousCursor` for newer ones, with the same filters; pages never shift as sessions are created. A parameter this endpoint does not take is refused, so a misspelt filter never lists everything.",
    query: sessionListQuery,
    answer: { status: 200, description: "One page.", name: "SessionPage", zod: sessionPageAnswer },
    refusals: ["invalid_request", "invalid_cursor"],
  },
  {
    method: "get",
    path: "/api/sessions/{id}",
    operationId: "getSession",
    summary: "Read a session's status",
    description:
      "Where the session stands, Veriff's decision in words, the frames Veriff holds and when things happened. Never personal data or images.",
    pathParams: sessionPathParams,
    answer: { status: 200, description: "The session.", name: "SessionStatus", zod: sessionStatusAnswer },
    refusals: ["session_not_found"],
  },
  {
    method: "post",
    path: "/api/sessions/{id}/frames",
    operationId: "uploadFrame",
    summary: "Send a frame you captured",
    description:
      "For integrators that capture themselves: the image's bytes as the body, its type as Content-Type. The frame goes through the same checks as the capture page's and is sent to Veriff.",
    pathParams: sessionPathParams,
    query: integratorFrameQuery,
    body: { description: "The image (or a PDF where enabled), as bytes.", contentTypes: FRAME_CONTENT_TYPES },
    answer: {
      status: 201,
      description: "Veriff acknowledged the frame.",
      name: "UploadedFrame",
      zod: integratorFrameAnswer,
    },
    refusals: ["invalid_request", "session_not_found", "already_submitted", ...FRAME_ERROR_CODES],
  },
  {
    method: "post",
    path: "/api/sessions/{id}/nfc",
    operationId: "uploadNfc",
    summary: "Send a passport chip's data",
    description: "COM, SOD, DG1 and DG2 read from the document's chip, each as base64, 500 KB at most together.",
    pathParams: sessionPathParams,
    body: {
      description: `The data groups, as JSON (${JSON_BODY_LIMITS.nfc} bytes at most).`,
      contentTypes: ["application/json"],
      schema: { name: "NfcData", zod: nfcRequest },
    },
    answer: { status: 201, description: "Veriff acknowledged the data.", name: "UploadedNfc", zod: nfcAnswer },
    refusals: [
      "session_not_found",
      "already_submitted",
      "payload_too_large",
      "invalid_nfc_data",
      "veriff_refused",
      "veriff_unavailable",
    ],
  },
];

/** What each refusal means to an integrator, for the document; a new code fails the typecheck until it has a line. */
export const REFUSAL_MEANINGS: Record<IntegratorErrorCode, string> = {
  invalid_api_key: "No `Authorization: Bearer <key>` header with one of the app's API keys.",
  invalid_request: "The body or query does not fit the operation; `fields` names the parts at fault.",
  invalid_cursor: "The cursor is not one this API gave, or belongs to a listing with other filters.",
  proof_of_address_not_enabled:
    "The Veriff integration is not set up for this kind of session; `enabled` lists those it is.",
  return_url_not_allowed: "The returnUrl's origin is not one of APP_RETURN_ORIGINS (or it carries credentials).",
  session_not_found: "No session has this id (an id that is not a UUID included).",
  already_submitted: "The session was submitted (or decided): it takes nothing more.",
  invalid_context: "The frame's context is missing or not one of Veriff's; `allowed` lists them.",
  empty_file: "The body was empty.",
  unsupported_type: "The Content-Type is not an image type we send to Veriff.",
  type_mismatch: "The bytes are not of the Content-Type declared.",
  unreadable_file: "The image cannot be decoded.",
  pdf_not_accepted: "A PDF where the integration or the context does not take one.",
  both_sides_not_allowed: "Only a PDF sent as the front of a two-sided document may hold both sides.",
  file_too_large: "The body is larger than Veriff takes for its type.",
  too_many_pixels: "The image's dimensions are larger than Veriff takes.",
  veriff_refused: "Veriff refused the request; `veriffCode` is its code where it gave one.",
  veriff_unavailable: "Veriff could not be reached or failed: try again later.",
  frame_in_progress: "A frame with this `frame` id is still on its way to Veriff: ask again in a moment.",
  frame_id_reused: "This `frame` id was used for a different frame.",
  too_many_frames: "The attempt holds as many frames as it may.",
  server_busy: "The app is briefly unable to take the request: try again after `Retry-After` seconds.",
  invalid_nfc_data: "The data groups are missing, not base64, or over 500 KB together.",
  payload_too_large: "The body is larger than the operation takes.",
  rate_limited: "Too many requests with this key: try again after `Retry-After` seconds.",
  internal_error: "A failure of ours: quote the `x-request-id` header if you contact support.",
};
