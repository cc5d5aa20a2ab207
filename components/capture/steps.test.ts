import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { captureSteps } from "./steps";

const shown = (documentType: string | null, proofOfAddress: "none" | "with_identity" | "only") =>
  captureSteps({ documentType, proofOfAddress }, en.steps).map((step) => `${step.title} (${step.guide})`);

describe("capture steps", () => {
  it("puts the proof of address, on an upright page guide, after the document and the selfie, or alone", () => {
    expect(shown("PASSPORT", "with_identity")).toEqual([
      "Photo page of your passport (passport)",
      "Take a selfie (face)",
      "Proof of address (page)",
    ]);
    expect(shown("DRIVERS_LICENSE", "none")).toEqual([
      "Front of your driving licence (card)",
      "Back of your driving licence (card)",
      "Take a selfie (face)",
    ]);
    expect(shown(null, "only")).toEqual(["Proof of address (page)"]);
  });
});
