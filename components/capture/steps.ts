// The capture steps for a document type, with the words the user sees.
import type { BaseContext } from "@/lib/capture/required-frames";

export interface CaptureStep {
  base: BaseContext;
  title: string;
  instruction: string;
  /** Guide shape over the preview: an ID-1 card (1.586), a passport photo page (1.42), or a face oval. */
  guide: "card" | "passport" | "face";
}

export function captureSteps(documentType: string | null): CaptureStep[] {
  const face: CaptureStep = {
    base: "face",
    title: "Take a selfie",
    instruction: "Look straight at the camera, with your face inside the oval.",
    guide: "face",
  };
  if (documentType === "PASSPORT") {
    return [
      { base: "document-front", title: "Photo page of your passport", instruction: "Place the photo page of your passport inside the frame.", guide: "passport" },
      face,
    ];
  }
  const name = { ID_CARD: "ID card", DRIVERS_LICENSE: "driving licence", RESIDENCE_PERMIT: "residence permit" }[documentType ?? ""] ?? "document";
  return [
    { base: "document-front", title: `Front of your ${name}`, instruction: `Place the front of your ${name} inside the frame.`, guide: "card" },
    { base: "document-back", title: `Back of your ${name}`, instruction: `Turn it over and place the back inside the frame.`, guide: "card" },
    face,
  ];
}
