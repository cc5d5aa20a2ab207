import { describe, expect, it } from "vitest";
import { firstMissingStep, missingSides, nextMissingStep, type PageFrame } from "./missing-sides";

const PASSPORT = { documentType: "PASSPORT", proofOfAddress: "none" } as const;
const ID_CARD = { documentType: "ID_CARD", proofOfAddress: "none" } as const;
const frame = (
  context: string,
  state: PageFrame["state"] = "done",
  source: PageFrame["source"] = "camera",
): PageFrame => ({ context, source, state });

describe("missing sides, as the page counts them", () => {
  it("does not take two frames for a side when the plain one failed: the server needs one -pre and one plain", () => {
    // The -pre frame landed twice, its plain frame failed twice: four frames, none of them the plain one.
    const frames = [
      frame("document-front-pre"),
      frame("document-front", "failed"),
      frame("document-front-pre"),
      frame("document-front", "failed"),
      frame("face-pre"),
      frame("face"),
    ];
    expect(missingSides(PASSPORT, frames, 2)).toEqual(["document-front"]);
  });

  it("counts only acknowledged frames, and one chosen file for a whole side", () => {
    expect(
      missingSides(
        ID_CARD,
        [frame("document-front-pre"), frame("document-front", "uploading"), frame("document-back", "done", "file")],
        2,
      ),
    ).toEqual(["document-front", "face"]);
    expect(
      missingSides(PASSPORT, [frame("document-front", "done", "file"), frame("face-pre"), frame("face")], 2),
    ).toEqual([]);
  });

  it("takes the back as done when the front's PDF holds both sides, once it is acknowledged", () => {
    const pdf = (state: PageFrame["state"]): PageFrame => ({
      context: "document-front",
      source: "file",
      state,
      bothSides: true,
    });
    expect(missingSides(ID_CARD, [pdf("done"), frame("face-pre"), frame("face")], 2)).toEqual([]);
    expect(missingSides(ID_CARD, [pdf("uploading"), frame("face-pre"), frame("face")], 2)).toEqual([
      "document-front",
      "document-back",
    ]);
  });

  it("moves on to the next side still missing, skipping a back the front's PDF holds, then to the review", () => {
    const bases = ["document-front", "document-back", "face", "address-front"] as const;
    const pdf: PageFrame = { context: "document-front", source: "file", state: "done", bothSides: true };
    const request = { documentType: "ID_CARD", proofOfAddress: "with_identity" } as const;
    expect(nextMissingStep([...bases], 0, missingSides(request, [pdf], 2))).toBe(2);
    expect(nextMissingStep([...bases], 0, missingSides(request, [{ ...pdf, bothSides: false }], 2))).toBe(1);
    expect(
      nextMissingStep(
        [...bases],
        2,
        missingSides(request, [pdf, frame("face-pre"), frame("face"), frame("address-front")], 2),
      ),
    ).toBe(-1);
  });

  it("goes to the first step the server says is missing", () => {
    const bases = ["document-front", "document-back", "face"] as const;
    expect(firstMissingStep([...bases], [{ context: "face" }, { context: "document-back" }])).toBe(1);
    expect(firstMissingStep([...bases], [])).toBe(0);
  });
});
