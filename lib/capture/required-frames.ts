// Which frames a capture needs before it can be submitted.
import type { ImageContext } from "@/lib/veriff/schemas";

export type BaseContext = "document-front" | "document-back" | "face" | "address-front";
export type FrameSource = "camera" | "file" | "integrator";
/** What a session asks for besides the identity check: nothing, a proof of address too, or only that. */
export const PROOF_OF_ADDRESS_CHOICES = ["none", "with_identity", "only"] as const;
export type ProofOfAddress = (typeof PROOF_OF_ADDRESS_CHOICES)[number];

/** What a session asks the end-user for. */
export interface CaptureRequest {
  documentType: string | null;
  proofOfAddress: ProofOfAddress;
}

/**
 * A passport needs its photo page and a face; cards need both sides and a
 * face. A proof of address comes after them, or alone in its own flow.
 */
export function requiredContexts({ documentType, proofOfAddress }: CaptureRequest): BaseContext[] {
  if (proofOfAddress === "only") return ["address-front"];
  const identity: BaseContext[] =
    documentType === "PASSPORT" ? ["document-front", "face"] : ["document-front", "document-back", "face"];
  return proofOfAddress === "with_identity" ? [...identity, "address-front"] : identity;
}

/** The contexts the capture page may send for this session: each side's, with its "-pre" where it has one. */
export function captureContexts(request: CaptureRequest): string[] {
  return requiredContexts(request).flatMap((base) => (base === "address-front" ? [base] : [`${base}-pre`, base]));
}

/**
 * How many frames the camera takes of a side. A proof of address is one
 * picture of one document: Veriff has no "-pre" context for it, and several
 * uploads could read as several documents, where its flow takes exactly one.
 */
export function framesForSide(base: BaseContext, framesPerContext: number): number {
  return base === "address-front" ? 1 : framesPerContext;
}

/**
 * The Veriff context of the n-th frame (0-based) of a side: with several
 * frames per side the first is the earlier "-pre" frame, the others the plain
 * context, as Veriff's media-upload documentation describes.
 */
export function frameContext(base: BaseContext, index: number, framesPerContext: number): ImageContext {
  if (base === "address-front" || framesPerContext <= 1 || index > 0) return base;
  return `${base}-pre`;
}

/**
 * Whether a frame of this source may be sent with this context. A chosen file
 * is one still picture: it has no earlier moment, so it is never a "-pre" frame.
 */
export function contextFitsSource(context: string, source: FrameSource): boolean {
  return source !== "file" || !context.endsWith("-pre");
}

export interface MissingFrames {
  context: BaseContext;
  needed: number;
  acknowledged: number;
}

export interface AcknowledgedFrame {
  context: string;
  source: FrameSource;
  /** A PDF of the front that holds the back too. */
  bothSides?: boolean;
}

/**
 * What is still missing, given the acknowledged frames of the current attempt.
 * A side is done with the camera's frames (one "-pre", the rest plain) or with
 * one chosen file, which has no earlier moment to send as "-pre"; the back is
 * also done by a PDF of the front that holds both sides. The server cannot
 * prove where a frame came from (a script can post any JPEG as "-pre" and
 * plain alike), so this count checks that an honest page finished, not that
 * a camera was used; the page offers a file for the selfie only when the
 * camera cannot be used (components/capture/capture-flow.tsx).
 */
export function missingFrames(
  request: CaptureRequest,
  acknowledged: AcknowledgedFrame[],
  framesPerContext: number,
): MissingFrames[] {
  return requiredContexts(request).flatMap((base) => {
    if (acknowledged.some((frame) => frame.source === "file" && frame.context === base)) return [];
    if (base === "document-back" && acknowledged.some((frame) => frame.bothSides && frame.context === "document-front"))
      return [];
    const needed = framesForSide(base, framesPerContext);
    const pre = acknowledged.filter((frame) => frame.context === `${base}-pre`).length;
    const plain = acknowledged.filter((frame) => frame.context === base).length;
    // One "-pre" frame when several are taken, the rest plain.
    const have = needed > 1 ? Math.min(pre, 1) + Math.min(plain, needed - 1) : Math.min(plain, 1);
    return have < needed ? [{ context: base, needed, acknowledged: have }] : [];
  });
}
