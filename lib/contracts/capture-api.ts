// The capture API (/api/capture/{token}/…), request and answer, as the
// routes, the capture page and its hooks all see it. The routes parse
// requests with these schemas and type their answers with them; the browser
// imports the types only (a lint rule keeps zod's runtime out of the page's
// bundle), and contract tests parse every answer the routes give.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { SESSION_STATUSES } from "@/lib/sessions/lifecycle";
import { PROOF_OF_ADDRESS_CHOICES } from "@/lib/capture/required-frames";

const sessionStatus = z.enum(SESSION_STATUSES);
const frameSource = z.enum(["camera", "file", "integrator"]);
const baseContext = z.enum(["document-front", "document-back", "face", "address-front"]);

/** A frame Veriff has acknowledged, as its answer and the state list it (never the image). */
export const acceptedFrame = z.object({
  id: z.uuid(),
  context: z.string(),
  source: frameSource,
  veriffMediaId: z.string(),
  sizeBytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  bothSides: z.boolean(),
});
export type AcceptedFrame = z.infer<typeof acceptedFrame>;

/** A side that still needs frames before the capture can be submitted. */
export const missingFrames = z.object({
  context: baseContext,
  needed: z.number().int(),
  acknowledged: z.number().int(),
});

// ---- GET /api/capture/{token} ----

export const captureState = z.object({
  /** Our id of the session, as the integrator knows it: in the way back and the events posted to an embedding page. */
  sessionId: z.uuid(),
  status: sessionStatus,
  documentType: z.string().nullable(),
  proofOfAddress: z.enum(PROOF_OF_ADDRESS_CHOICES),
  /** Whether the end-user has agreed to the processing (on the start page or the capture link's first screen). */
  consented: z.boolean(),
  attemptNumber: z.number().int(),
  framesPerContext: z.number().int(),
  pdfEnabled: z.boolean(),
  /** Whether the page may take a document's photo by itself (CAPTURE_AUTO): off, it offers no switch for it either. */
  autoCapture: z.boolean(),
  /**
   * How long the page waits for a frame's answer: the server's slowest upload
   * to Veriff, every try and wait included, and a margin. From the server, so
   * raising VERIFF_UPLOAD_TIMEOUT_MS or VERIFF_MAX_ATTEMPTS never leaves the
   * page giving up first.
   */
  frameAnswerMs: z.number().int().positive(),
  /** Frames of the current attempt Veriff has acknowledged: a reloaded page resumes from these. */
  frames: z.array(
    acceptedFrame
      .omit({ veriffMediaId: true })
      .extend({ mimeType: z.string(), acknowledgedAt: z.iso.datetime().nullable() }),
  ),
  missing: z.array(missingFrames),
  /**
   * Where the page offers to send the end-user once the photos are sent (the
   * integrator's returnUrl), while its origin is in APP_RETURN_ORIGINS; null otherwise.
   */
  returnUrl: z.url().nullable(),
  /** What the end-user may know of the decision: never any personal data. */
  decision: z
    .object({ status: sessionStatus, reason: z.string().nullable(), reasonCode: z.number().int().nullable() })
    .nullable(),
});
export type CaptureState = z.infer<typeof captureState>;
export type StateFrame = CaptureState["frames"][number];

// ---- POST /api/capture/{token}/frames?context=…&frame=<uuid>[&source=file][&sides=both] (binary body) ----

export const frameQuery = z.object({
  context: z.string().nullable(),
  source: z.enum(["camera", "file"]),
  /** A PDF sent as the front that holds the back too. */
  sides: z.literal("both").nullable(),
  /** The page's own id for the frame, the same on every retry of it. Lower-cased, as Postgres gives UUIDs back. */
  frame: z
    .uuid()
    .transform((id) => id.toLowerCase())
    .nullable(),
});
export const frameAnswer = z.object({ frame: acceptedFrame });
export type FrameAnswer = z.infer<typeof frameAnswer>;

// ---- GET /api/capture/{token}/frames/{frameId}: 200 frameAnswer, 202 pending, 404 unknown ----

export const frameStatusAnswer = z.union([frameAnswer, z.object({ state: z.enum(["pending", "unknown"]) })]);
export type FrameStatusAnswer = z.infer<typeof frameStatusAnswer>;

// ---- POST /api/capture/{token}/consent ----

export const consentRequest = z.object({ locale: z.enum(LOCALES) });
export const consentAnswer = z.object({ consentedAt: z.iso.datetime() });
export type ConsentAnswer = z.infer<typeof consentAnswer>;

// ---- POST /api/capture/{token}/collected-data ----

/** What the browser reports about itself; the server adds the client's address. */
export const collectedDataRequest = z.object({
  fingerprint: z.string().min(8).max(256),
  language: z.string().min(1).max(64).optional(),
  userAgent: z.string().min(1).max(1024).optional(),
  timezone: z.string().min(1).max(64).optional(),
});
export type CollectedDataRequest = z.infer<typeof collectedDataRequest>;
export const collectedDataAnswer = z.object({ sent: z.boolean() });
export type CollectedDataAnswer = z.infer<typeof collectedDataAnswer>;

// ---- POST /api/capture/{token}/submit: 200 submitted, 202 on its way in another request ----

export const submitAnswer = z.object({ status: z.enum(["submitted", "submitting"]) });
export type SubmitAnswer = z.infer<typeof submitAnswer>;

// ---- Every refusal ----

/** A refusal's body: a stable code (lib/capture/error-codes.ts), a message for developers, and fields that help. */
export const refusalBody = z.object({
  error: z.looseObject({ code: z.string(), message: z.string(), missing: z.array(missingFrames).optional() }),
});
export type RefusalBody = z.infer<typeof refusalBody>;
