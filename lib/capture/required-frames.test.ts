import { describe, expect, it } from "vitest";
import {
  captureContexts,
  contextFitsSource,
  frameContext,
  missingFrames,
  requiredContexts,
  type AcknowledgedFrame,
} from "./required-frames";

const camera = (...contexts: string[]): AcknowledgedFrame[] =>
  contexts.map((context) => ({ context, source: "camera" }));
const file = (context: string): AcknowledgedFrame => ({ context, source: "file" });
const PASSPORT = { documentType: "PASSPORT", proofOfAddress: "none" } as const;
const ID_CARD = { documentType: "ID_CARD", proofOfAddress: "none" } as const;

describe("required frames", () => {
  it("asks a passport for its photo page and a face, cards for both sides and a face", () => {
    expect(requiredContexts(PASSPORT)).toEqual(["document-front", "face"]);
    expect(requiredContexts(ID_CARD)).toEqual(["document-front", "document-back", "face"]);
  });

  it("sends the first of several frames as -pre and the rest as the plain context", () => {
    expect([0, 1, 2].map((index) => frameContext("face", index, 3))).toEqual(["face-pre", "face", "face"]);
    expect(frameContext("document-front", 0, 1)).toBe("document-front");
  });

  it("lists what is missing until each side has its -pre frame and its plain frames", () => {
    expect(missingFrames(PASSPORT, camera("document-front-pre", "document-front", "face-pre"), 2)).toEqual([
      { context: "face", needed: 2, acknowledged: 1 },
    ]);
    // Two "-pre" frames do not stand in for a plain one.
    expect(missingFrames(PASSPORT, camera("document-front-pre", "document-front-pre", "face", "face-pre"), 2)).toEqual([
      { context: "document-front", needed: 2, acknowledged: 1 },
    ]);
    expect(missingFrames(PASSPORT, camera("document-front", "face"), 1)).toEqual([]);
  });

  it("takes one chosen file for a side, alone or after camera frames, but only the side it was sent for", () => {
    expect(missingFrames(ID_CARD, [file("document-front"), file("document-back"), file("face")], 3)).toEqual([]);
    // The camera died after its first frame; a file finishes the side.
    expect(
      missingFrames(
        PASSPORT,
        [...camera("document-front-pre"), file("document-front"), ...camera("face-pre", "face")],
        2,
      ),
    ).toEqual([]);
    expect(missingFrames(ID_CARD, [file("document-front"), file("face")], 2)).toEqual([
      { context: "document-back", needed: 2, acknowledged: 0 },
    ]);
    // A camera frame of the plain context is still one of the camera's several.
    expect(missingFrames(PASSPORT, [...camera("document-front"), file("face")], 2)).toEqual([
      { context: "document-front", needed: 2, acknowledged: 1 },
    ]);
  });

  it("asks for a proof of address after the identity sides, or alone in its own flow", () => {
    expect(requiredContexts({ documentType: "PASSPORT", proofOfAddress: "with_identity" })).toEqual([
      "document-front",
      "face",
      "address-front",
    ]);
    expect(requiredContexts({ documentType: null, proofOfAddress: "only" })).toEqual(["address-front"]);
    expect(captureContexts({ documentType: null, proofOfAddress: "only" })).toEqual(["address-front"]);
    expect(captureContexts(PASSPORT)).toEqual(["document-front-pre", "document-front", "face-pre", "face"]);
  });

  it("takes one picture of a proof of address, never as -pre, from the camera or a file", () => {
    const addressOnly = { documentType: null, proofOfAddress: "only" } as const;
    expect(frameContext("address-front", 0, 2)).toBe("address-front");
    expect(missingFrames(addressOnly, [], 2)).toEqual([{ context: "address-front", needed: 1, acknowledged: 0 }]);
    expect(missingFrames(addressOnly, camera("address-front"), 2)).toEqual([]);
    expect(missingFrames(addressOnly, [file("address-front")], 2)).toEqual([]);
    // Identity frames do not stand in for it.
    const both = { documentType: "PASSPORT", proofOfAddress: "with_identity" } as const;
    expect(missingFrames(both, camera("document-front-pre", "document-front", "face-pre", "face"), 2)).toEqual([
      { context: "address-front", needed: 1, acknowledged: 0 },
    ]);
  });

  it("counts a PDF of the front that holds both sides as the back too, and only that", () => {
    const pdfOfBoth: AcknowledgedFrame = { context: "document-front", source: "file", bothSides: true };
    expect(missingFrames(ID_CARD, [pdfOfBoth, ...camera("face-pre", "face")], 2)).toEqual([]);
    expect(missingFrames(ID_CARD, [file("document-front"), ...camera("face-pre", "face")], 2)).toEqual([
      { context: "document-back", needed: 2, acknowledged: 0 },
    ]);
  });

  it("never sends a chosen file as a -pre frame", () => {
    expect(contextFitsSource("document-front", "file")).toBe(true);
    expect(contextFitsSource("document-front-pre", "file")).toBe(false);
    expect(contextFitsSource("document-front-pre", "camera")).toBe(true);
  });
});
