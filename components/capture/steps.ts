// The capture steps for a document type, with the words the user sees.
import type { BaseContext } from "@/lib/capture/required-frames";
import type { Copy } from "./copy/en";

export interface CaptureStep {
  base: BaseContext;
  title: string;
  instruction: string;
  /** Guide shape over the preview: an ID-1 card (1.586), a passport photo page (1.42), or a face oval. */
  guide: "card" | "passport" | "face";
}

export function captureSteps(documentType: string | null, copy: Copy["steps"]): CaptureStep[] {
  const face: CaptureStep = { base: "face", ...copy.face, guide: "face" };
  if (documentType === "PASSPORT") return [{ base: "document-front", ...copy.passport, guide: "passport" }, face];
  const ofDocument = copy.ofDocument[documentType as keyof typeof copy.ofDocument] ?? copy.ofDocument.other;
  return [
    { base: "document-front", ...copy.front(ofDocument), guide: "card" },
    { base: "document-back", ...copy.back(ofDocument), guide: "card" },
    face,
  ];
}
