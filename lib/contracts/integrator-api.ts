// The integrator API (/api/sessions/…, `Authorization: Bearer <APP_API_KEYS>`),
// request and answer, as the routes and lib/sessions see it.
import { z } from "zod";
import { FRAME_ERROR_CODES } from "@/lib/capture/error-codes";
import { PROOF_OF_ADDRESS_CHOICES } from "@/lib/capture/required-frames";
import { LOCALES } from "@/lib/i18n/locale";
import { SESSION_STATUSES } from "@/lib/sessions/lifecycle";
import { createSessionInput, IMAGE_CONTEXTS, nfcUploadInput } from "@/lib/veriff/schemas";
import { acceptedFrame } from "./capture-api";

/** Every refusal the integrator API can answer with, by its stable code. */
export const INTEGRATOR_ERROR_CODES = [
  "invalid_api_key",
  "invalid_request",
  "proof_of_address_not_enabled",
  "invalid_cursor",
  "return_url_not_allowed",
  "session_not_found",
  "already_submitted",
  ...FRAME_ERROR_CODES,
  "invalid_nfc_data",
  "payload_too_large",
  "rate_limited",
  "internal_error",
] as const;
export type IntegratorErrorCode = (typeof INTEGRATOR_ERROR_CODES)[number];

// ---- POST /api/sessions ----

/**
 * A new session, from an integrator or the start page. `proofOfAddress`:
 * "with_identity" asks for a proof-of-address document after the identity
 * document and selfie; "only" asks for nothing else (no document type then).
 * `returnUrl`: where the capture page sends the end-user once the photos are
 * sent, with `session` and `status` added to its query; its origin must be in
 * APP_RETURN_ORIGINS (checked by createSession: 400 return_url_not_allowed).
 * `language`: the capture page's, over the browser's preference (the
 * visitor's own choice in the page's switcher still wins).
 */
export const newSessionRequest = createSessionInput
  .extend({
    proofOfAddress: z.enum(PROOF_OF_ADDRESS_CHOICES).default("none"),
    returnUrl: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    language: z
      .enum(LOCALES)
      .optional()
      .describe(
        "The capture page's language, over the browser's preference (the end-user's own choice in the page's switcher still wins): en, de, es, fr, et, pt or ar (Arabic, right to left).",
      ),
  })
  .refine((request) => request.proofOfAddress === "only" || request.document?.type, {
    message: "document.type is required unless proofOfAddress is only",
    path: ["document", "type"],
  });
export type NewSessionRequest = z.input<typeof newSessionRequest>;

export const createdSession = z.object({
  id: z.uuid(),
  veriffSessionId: z.string(),
  captureUrl: z.url(),
  expiresAt: z.iso.datetime(),
});
export type CreatedSessionAnswer = z.infer<typeof createdSession>;

/** The session a path names: GET /api/sessions/{id} and every /api/sessions/{id}/… route. */
export const sessionPathParams = z.object({
  id: z.uuid().describe("Our id of the session: `id` of POST /api/sessions' answer."),
});

// ---- POST /api/sessions/{id}/frames?context=…[&frame=<uuid>] (binary body) ----

export const integratorFrameQuery = z.object({
  context: z.string().describe(`Veriff's media context of the frame: one of ${IMAGE_CONTEXTS.join(", ")}.`),
  frame: z
    .uuid()
    .transform((id) => id.toLowerCase())
    .optional()
    .describe(
      "Your own id for the frame, the same on every retry of it: a retry whose answer was lost is then answered, never sent to Veriff twice.",
    ),
});
export const integratorFrameAnswer = z.object({ frame: acceptedFrame });
export type IntegratorFrameAnswer = z.infer<typeof integratorFrameAnswer>;

// ---- POST /api/sessions/{id}/nfc ----

export const nfcRequest = nfcUploadInput;
export const nfcAnswer = z.object({
  upload: z.object({ id: z.uuid(), veriffMediaId: z.string(), sizeBytes: z.number().int() }),
});
export type NfcAnswer = z.infer<typeof nfcAnswer>;

// ---- GET /api/sessions/{id}, and each session of GET /api/sessions ----

const timestamp = z.iso.datetime();

/**
 * What an integrator may know of a session: where it stands, Veriff's
 * decision in words, and which frames Veriff holds. Never personal data (the
 * verified person's names, birth date, document number: staff see those) and
 * never an image or a link to one.
 */
export const sessionStatusAnswer = z.object({
  id: z.uuid().describe("Our id of the session."),
  veriffSessionId: z.string().nullable().describe("Veriff's id of the session."),
  status: z.enum(SESSION_STATUSES).describe("Where the session stands; it only moves forward."),
  attemptNumber: z
    .number()
    .int()
    .min(1)
    .describe("The attempt being captured: a resubmission request from Veriff opens the next one."),
  proofOfAddress: z.enum(PROOF_OF_ADDRESS_CHOICES),
  vendorData: z.string().nullable().describe("As given when the session was created."),
  endUserId: z.uuid().nullable().describe("As given when the session was created."),
  decision: z
    .object({
      code: z.number().int().nullable().describe("Veriff's decision code (9001 approved, 9102 declined, …)."),
      reasonCode: z.number().int().nullable().describe("Veriff's reason code for a decline or resubmission request."),
      reason: z.string().nullable().describe("The reason code in plain words."),
    })
    .nullable()
    .describe("Veriff's decision on the current attempt; null until there is one."),
  uploads: z
    .array(
      z.object({
        attempt: z.number().int().min(1),
        context: z.string().describe("Veriff's media context, e.g. document-front."),
        acknowledged: z.number().int().min(1).describe("Frames of this context Veriff has acknowledged."),
        sources: z.array(z.enum(["camera", "file", "integrator"])).describe("Where those frames came from."),
      }),
    )
    .describe("Frames Veriff holds, per attempt and context (counts only: no image, no media link)."),
  createdAt: timestamp,
  consentedAt: timestamp.nullable().describe("When the end-user agreed to the processing."),
  submittedAt: timestamp.nullable().describe("When the capture was submitted to Veriff."),
  decidedAt: timestamp.nullable(),
  expiresAt: timestamp.describe("When Veriff expires the session if it is not decided by then."),
  captureLink: z.object({
    expiresAt: timestamp.nullable().describe("When the capture link stops working."),
    open: z.boolean().describe("Whether the end-user can still capture and submit through the link now."),
  }),
});
export type SessionStatusAnswer = z.infer<typeof sessionStatusAnswer>;

// ---- GET /api/sessions?vendorData=&endUserId=&status=&cursor=&limit= ----

export const SESSION_PAGE_LIMIT = { default: 20, max: 100 } as const;

/** Filters combine (all must match); a cursor from a page's answer continues that listing, its filters unchanged. */
export const sessionListQuery = z.object({
  vendorData: z.string().min(1).max(1000).optional().describe("Only sessions created with exactly this vendorData."),
  endUserId: z.uuid().optional().describe("Only sessions created with this endUserId."),
  status: z.enum(SESSION_STATUSES).optional().describe("Only sessions in this status."),
  cursor: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe("nextCursor or previousCursor of an earlier page, with the same filters."),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SESSION_PAGE_LIMIT.max)
    .default(SESSION_PAGE_LIMIT.default)
    .describe("Sessions per page."),
});
export type SessionListQuery = z.infer<typeof sessionListQuery>;

export const sessionPageAnswer = z.object({
  sessions: z.array(sessionStatusAnswer).describe("Newest first."),
  nextCursor: z.string().nullable().describe("The page of older sessions; null on the last page."),
  previousCursor: z.string().nullable().describe("The page of newer sessions; null on the first page."),
});
export type SessionPageAnswer = z.infer<typeof sessionPageAnswer>;
