import { describe, expect, it } from "vitest";
import { canRetake, sentForGood, type SideFrame } from "./can-retake";

const address = (state: SideFrame["state"], retryable?: boolean): SideFrame => ({
  base: "address-front",
  state,
  retryable,
});

describe("whether a side can be retaken", () => {
  it("keeps a proof of address once Veriff has it or is getting it", () => {
    for (const state of ["done", "uploading"] as const) {
      expect(sentForGood([address(state)], "address-front")).toBe(true);
      expect(canRetake([address(state)], "address-front")).toBe(false);
    }
  });

  it("keeps a proof of address that failed in a way Try again can settle, and frees one refused for good", () => {
    expect(sentForGood([address("failed", true)], "address-front")).toBe(true);
    expect(canRetake([address("failed", true)], "address-front")).toBe(false);
    expect(sentForGood([address("failed", false)], "address-front")).toBe(false);
    expect(sentForGood([address("failed")], "address-front")).toBe(false);
    expect(canRetake([address("failed", false)], "address-front")).toBe(true);
    // One refused for good beside one on its way: the one on its way stands.
    expect(canRetake([address("failed", false), address("uploading")], "address-front")).toBe(false);
  });

  it("lets every other side be retaken, whatever the state of its photos", () => {
    const frames: SideFrame[] = [
      { base: "document-front", state: "done" },
      { base: "document-back", state: "uploading" },
      { base: "face", state: "failed", retryable: true },
    ];
    for (const base of ["document-front", "document-back", "face"] as const) {
      expect(sentForGood(frames, base)).toBe(false);
      expect(canRetake(frames, base)).toBe(true);
    }
  });

  it("offers no retake for a side with no photo yet, and reads only the side asked about", () => {
    const frames: SideFrame[] = [address("done"), { base: "face", state: "done" }];
    expect(canRetake(frames, "document-front")).toBe(false);
    expect(canRetake([], "address-front")).toBe(false);
    expect(sentForGood([], "address-front")).toBe(false);
    expect(canRetake(frames, "face")).toBe(true);
  });
});
