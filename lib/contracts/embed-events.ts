// What a capture page tells the integrator's page that frames it: one
// message per event, posted with window.parent.postMessage and targetOrigin
// set to that page's origin (one of APP_EMBED_ORIGINS), never "*".
// public/embed.js hands each to the integrator's onEvent. The capture page
// builds them (lib/capture/browser/embed-messages.ts, typed by this file);
// an integrator's own frame may parse them with these schemas.
import { z } from "zod";
import { DECIDED_STATUSES, SESSION_STATUSES } from "@/lib/sessions/lifecycle";

/** The screens of the capture flow, as lib/capture/browser/embed-messages.ts names them. */
export const EMBED_PHASES = ["intro", "primer", "capture", "review", "sending", "status"] as const;

const event = z.discriminatedUnion("type", [
  /** The page has loaded the session (every load, a reload too), in this status. */
  z.object({ type: z.literal("ready"), status: z.enum(SESSION_STATUSES) }),
  /** A new screen: `context` is the side being photographed on the capture screen (document-front, face, …), else null. */
  z.object({
    type: z.literal("step"),
    phase: z.enum(EMBED_PHASES),
    context: z.enum(["document-front", "document-back", "face", "address-front"]).nullable(),
  }),
  /** Veriff acknowledged a photo or file this page sent, as this context (document-front-pre, face, …). */
  z.object({ type: z.literal("frame_uploaded"), context: z.string().min(1).max(64) }),
  /** The photos are sent: the page shows the check's status (after its own send, or opened once they were). */
  z.object({ type: z.literal("submitted") }),
  /** Veriff's word on the attempt. resubmission_requested: the page asks for new photos and goes on. */
  z.object({ type: z.literal("decided"), status: z.enum(DECIDED_STATUSES) }),
  /**
   * Something the page shows the end-user as a failure, with the reference
   * code it shows: a refusal of ours (lib/capture/error-codes.ts), the page's
   * own for a failure without one (unknown_upload, unknown_submit), a camera
   * problem (camera_denied, …), or invalid_token / link_expired for the link itself.
   */
  z.object({ type: z.literal("error"), code: z.string().regex(/^[a-z_]{1,64}$/) }),
]);

/** One posted message: the event, with whose it is. `sessionId`: null when the link names none (invalid_token). */
export const embedMessage = z.intersection(
  z.object({ source: z.literal("veriff-capture"), version: z.literal(1), sessionId: z.uuid().nullable() }),
  event,
);

export type EmbedEvent = z.infer<typeof event>;
export type EmbedMessage = z.infer<typeof embedMessage>;
