// The capture steps of a session, with the words the user sees.
import { requiredContexts, type BaseContext, type CaptureRequest } from "@/lib/capture/required-frames";
import type { Copy } from "@/lib/i18n/en";

export interface CaptureStep {
  base: BaseContext;
  title: string;
  instruction: string;
  /** Guide shape over the preview: an ID-1 card (1.586), a passport photo page (1.42), a face oval, or an A4 page. */
  guide: "card" | "passport" | "face" | "page";
}

export function captureSteps(request: CaptureRequest, copy: Copy["steps"]): CaptureStep[] {
  const ofDocument = copy.ofDocument[request.documentType as keyof typeof copy.ofDocument] ?? copy.ofDocument.other;
  const passport = request.documentType === "PASSPORT";
  const steps: Record<BaseContext, CaptureStep> = {
    "document-front": passport
      ? { base: "document-front", ...copy.passport, guide: "passport" }
      : { base: "document-front", ...copy.front(ofDocument), guide: "card" },
    "document-back": { base: "document-back", ...copy.back(ofDocument), guide: "card" },
    face: { base: "face", ...copy.face, guide: "face" },
    "address-front": { base: "address-front", ...copy.address, guide: "page" },
  };
  return requiredContexts(request).map((base) => steps[base]);
}
