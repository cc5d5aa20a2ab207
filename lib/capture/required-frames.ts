// Which frames a capture needs before it can be submitted.
import type { ImageContext } from "@/lib/veriff/schemas";

export type BaseContext = "document-front" | "document-back" | "face";

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

export interface MissingFrames {
  context: BaseContext;
  needed: number;
  acknowledged: number;
}

/** What is still missing, given the contexts of the acknowledged frames of the current attempt. */
export function missingFrames(documentType: string | null, acknowledged: string[], framesPerContext: number): MissingFrames[] {
  return requiredContexts(documentType).flatMap((base) => {
    const pre = acknowledged.filter((context) => context === `${base}-pre`).length;
    const plain = acknowledged.filter((context) => context === base).length;
    // One "-pre" frame when several are taken, the rest plain.
    const have = framesPerContext > 1 ? Math.min(pre, 1) + Math.min(plain, framesPerContext - 1) : Math.min(plain, 1);
    return have < framesPerContext ? [{ context: base, needed: framesPerContext, acknowledged: have }] : [];
  });
}
