import { describe, expect, it } from "vitest";
import { frameContext, missingFrames, requiredContexts } from "./required-frames";

describe("required frames", () => {
  it("asks a passport for its photo page and a face, cards for both sides and a face", () => {
    expect(requiredContexts("PASSPORT")).toEqual(["document-front", "face"]);
    expect(requiredContexts("ID_CARD")).toEqual(["document-front", "document-back", "face"]);
  });

  it("sends the first of several frames as -pre and the rest as the plain context", () => {
    expect([0, 1, 2].map((index) => frameContext("face", index, 3))).toEqual(["face-pre", "face", "face"]);
    expect(frameContext("document-front", 0, 1)).toBe("document-front");
  });

  it("lists what is missing until each side has its -pre frame and its plain frames", () => {
    expect(missingFrames("PASSPORT", ["document-front-pre", "document-front", "face-pre"], 2)).toEqual([
      { context: "face", needed: 2, acknowledged: 1 },
    ]);
    // Two "-pre" frames do not stand in for a plain one.
    expect(missingFrames("PASSPORT", ["document-front-pre", "document-front-pre", "face", "face-pre"], 2)).toEqual([
      { context: "document-front", needed: 2, acknowledged: 1 },
    ]);
    expect(missingFrames("PASSPORT", ["document-front", "face"], 1)).toEqual([]);
  });
});
