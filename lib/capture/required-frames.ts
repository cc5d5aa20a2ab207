// Which frames a capture needs before it can be submitted.
import type { ImageContext } from "@/lib/veriff/schemas";

export type BaseContext = "document-front" | "document-back" | "face";
export type FrameSource = "camera" | "file" | "integrator";

/** A passport needs its photo page and a face; cards need both sides and a face. */
export function requiredContexts(documentType: string | null): BaseContext[] {
  return documentType === "PASSPORT" ? ["document-front", "face"] : ["document-front", "document-back", "face"];
}

/**
 * The Veriff context of the n-th frame (0-based) of a side: with several
 * frames per side the first is the earlier "-pre" frame, the others the plain
 * context, as Veriff's media-upload documentation describes.
 */
export function frameContext(base: BaseContext, index: number, framesPerContext: number): ImageContext {
  return framesPerContext > 1 && index === 0 ? `${base}-pre` : base;
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
}

/**
 * What is still missing, given the acknowledged frames of the current attempt.
 * A side is done with the camera's frames (one "-pre", the rest plain) or with
 * one chosen file, which has no earlier moment to send as "-pre". The server
 * cannot prove where a frame came from (a script can post any JPEG as "-pre"
 * and plain alike), so this count checks that an honest page finished, not
 * that a camera was used; the page offers a file for the selfie only when
 * the camera cannot be used (components/capture/capture-flow.tsx).
 */
export function missingFrames(documentType: string | null, acknowledged: AcknowledgedFrame[], framesPerContext: number): MissingFrames[] {
  return requiredContexts(documentType).flatMap((base) => {
    if (acknowledged.some((frame) => frame.source === "file" && frame.context === base)) return [];
    const pre = acknowledged.filter((frame) => frame.context === `${base}-pre`).length;
    const plain = acknowledged.filter((frame) => frame.context === base).length;
    // One "-pre" frame when several are taken, the rest plain.
    const have = framesPerContext > 1 ? Math.min(pre, 1) + Math.min(plain, framesPerContext - 1) : Math.min(plain, 1);
    return have < framesPerContext ? [{ context: base, needed: framesPerContext, acknowledged: have }] : [];
  });
}
