import { describe, expect, it } from "vitest";
import { calmHint, nextCalmHint, type CalmHint } from "./calm-hint";

/** Feeds samples taken every 250 ms (as the page does) and returns what was shown after each; the hold is 600 ms. */
function shownAfter(samples: (string | null)[], start: CalmHint<string> = calmHint<string>()): (string | null)[] {
  let state = start;
  return samples.map((hint, index) => (state = nextCalmHint(state, hint, 1_000 + index * 250)).shown);
}

describe("calm hints", () => {
  it("shows a hint only once the samples have said it for the hold time", () => {
    // 0, 250, 500 ms: not yet; 750 ms: held long enough.
    expect(shownAfter(["too_dark", "too_dark", "too_dark", "too_dark"])).toEqual([null, null, null, "too_dark"]);
  });

  it("ignores a hint that flickers, and one odd sample does not restart what is shown", () => {
    expect(shownAfter(["moving", null, "moving", null, "moving", null])).toEqual([null, null, null, null, null, null]);
    const showing: CalmHint<string> = { shown: "too_dark", heard: "too_dark", since: 0 };
    expect(shownAfter(["too_dark", null, "too_dark", "too_dark"], showing)).toEqual([
      "too_dark",
      "too_dark",
      "too_dark",
      "too_dark",
    ]);
  });

  it("clears a hint only once the picture has been fine for the hold time", () => {
    const showing: CalmHint<string> = { shown: "too_dark", heard: "too_dark", since: 0 };
    expect(shownAfter([null, null, null, null], showing)).toEqual(["too_dark", "too_dark", "too_dark", null]);
  });

  it("shows one hint at a time: a new one replaces the old once it has held", () => {
    const showing: CalmHint<string> = { shown: "too_dark", heard: "too_dark", since: 0 };
    expect(shownAfter(["moving", "moving", "moving", "moving"], showing)).toEqual([
      "too_dark",
      "too_dark",
      "too_dark",
      "moving",
    ]);
  });
});
