import { describe, expect, it } from "vitest";
import { autoCapture, nextAutoCapture, type AutoCapture, type AutoCaptureInput } from "./auto-capture";

const CLEAR: AutoCaptureInput = { enabled: true, clear: true };
const UNCLEAR: AutoCaptureInput = { enabled: true, clear: false };
const OFF: AutoCaptureInput = { enabled: false, clear: true };

/** Feeds inputs at the given times (ms) and returns what the page would say after each: the count, or that a countdown was cancelled. */
function run(inputs: [number, AutoCaptureInput][], start: AutoCapture = autoCapture()): string[] {
  let state = start;
  return inputs.map(([now, input]) => {
    state = nextAutoCapture(state, input, now);
    if (state.phase === "counting") return `${state.count}`;
    if ((state.phase === "waiting" || state.phase === "steady") && state.cancelled) return "cancelled";
    return state.phase;
  });
}

/** The hook's clock: a tick every 100 ms from `from` to `to` with the same input. */
function ticks(from: number, to: number, input: AutoCaptureInput): [number, AutoCaptureInput][] {
  const out: [number, AutoCaptureInput][] = [];
  for (let now = from; now <= to; now += 100) out.push([now, input]);
  return out;
}

describe("auto-capture", () => {
  it("counts down once the picture has been clear and steady for 700 ms, then fires once, 1.5 s later", () => {
    const phases = run(ticks(1_000, 4_000, CLEAR));
    // 1000-1600: steady; 1700: the countdown starts; 3, 2, 1 for 500 ms each; fired at 3200 and stays so.
    expect(phases.slice(0, 7)).toEqual(Array(7).fill("steady"));
    expect(phases.slice(7, 12)).toEqual(Array(5).fill("3"));
    expect(phases.slice(12, 17)).toEqual(Array(5).fill("2"));
    expect(phases.slice(17, 22)).toEqual(Array(5).fill("1"));
    expect(phases.slice(22)).toEqual(Array(phases.length - 22).fill("fired"));
  });

  it("starts the steady time again when the picture moves or a hint shows before 700 ms", () => {
    const phases = run([
      [0, CLEAR],
      [600, CLEAR],
      [650, UNCLEAR],
      [700, CLEAR],
      [1_300, CLEAR],
      [1_400, CLEAR],
    ]);
    expect(phases).toEqual(["steady", "steady", "waiting", "steady", "steady", "3"]);
  });

  it("cancels the countdown on movement or a new hint, says so, and counts from 3 again after 700 ms steady", () => {
    const phases = run([
      [0, CLEAR],
      [700, CLEAR],
      [1_200, CLEAR],
      [1_300, UNCLEAR],
      [1_400, CLEAR],
      [2_000, CLEAR],
      [2_100, CLEAR],
      [3_599, CLEAR],
      [3_600, CLEAR],
    ]);
    expect(phases).toEqual(["steady", "3", "2", "cancelled", "cancelled", "cancelled", "3", "1", "fired"]);
  });

  it("never fires while disabled, and a shot taken stays taken until it is disabled and enabled again (a retake)", () => {
    expect(run(ticks(0, 5_000, OFF)).every((phase) => phase === "waiting")).toBe(true);
    const fired: AutoCapture = { phase: "fired" };
    // Steady and clear for ever after the shot: no second one.
    expect(run(ticks(0, 5_000, CLEAR), fired).every((phase) => phase === "fired")).toBe(true);
    // Disabled (taking, then the photos are there), then enabled again (retaken): a new countdown.
    const again = run([[0, OFF], ...ticks(100, 2_400, CLEAR)], fired);
    expect(again[0]).toEqual("waiting");
    expect(again.at(-1)).toEqual("fired");
  });

  it("disabling it mid-countdown stops it without a word of cancelling (the shutter or the switch did it)", () => {
    expect(
      run([
        [0, CLEAR],
        [700, CLEAR],
        [800, OFF],
      ]),
    ).toEqual(["steady", "3", "waiting"]);
  });

  it("keeps the same state object while nothing changes, so the page renders only on a change", () => {
    const waiting = autoCapture();
    expect(nextAutoCapture(waiting, UNCLEAR, 0)).toBe(waiting);
    expect(nextAutoCapture(waiting, OFF, 0)).toBe(waiting);
    const steady = nextAutoCapture(waiting, CLEAR, 0);
    expect(nextAutoCapture(steady, CLEAR, 300)).toBe(steady);
    const counting = nextAutoCapture(steady, CLEAR, 700);
    expect(nextAutoCapture(counting, CLEAR, 1_100)).toBe(counting);
  });
});
