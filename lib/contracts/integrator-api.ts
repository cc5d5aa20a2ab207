// The integrator API (/api/sessions/…, `Authorization: Bearer <APP_API_KEYS>`),
// request and answer, as the routes and lib/sessions see it.
import { z } from "zod";
import { FRAME_ERROR_CODES } from "@/lib/capture/error-codes";
import { PROOF_OF_ADDRESS_CHOICES } from "@/lib/capture/required-frames";
import { LOCALES } from "@/lib/i18n/locale";
import { createSessionInput, nfcUploadInput } from "@/lib/veriff/schemas";
import { acceptedFrame } from "./capture-api";

/** Every refusal the integrator API can answer with, by its stable code. */
export const INTEGRATOR_ERROR_CODES = [
  "invalid_api_key",
  "invalid_request",
  "proof_of_address_not_enabled",
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
    language: z.enum(LOCALES).optional(),
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

// ---- POST /api/sessions/{id}/frames?context=…[&frame=<uuid>] (binary body) ----

export const integratorFrameQuery = z.object({
  context: z.string().nullable(),
  /** The integrator's own id for the frame: with it, a retry whose answer was lost is never sent to Veriff twice. */
  frame: z
    .uuid()
    .transform((id) => id.toLowerCase())
    .nullable(),
});
export const integratorFrameAnswer = z.object({ frame: acceptedFrame });
export type IntegratorFrameAnswer = z.infer<typeof integratorFrameAnswer>;

// ---- POST /api/sessions/{id}/nfc ----

export const nfcRequest = nfcUploadInput;
export const nfcAnswer = z.object({
  upload: z.object({ id: z.uuid(), veriffMediaId: z.string(), sizeBytes: z.number().int() }),
});
export type NfcAnswer = z.infer<typeof nfcAnswer>;
