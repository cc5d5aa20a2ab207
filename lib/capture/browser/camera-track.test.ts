import { describe, expect, it, vi } from "vitest";
import { cameraProblem } from "./camera-problem";
import { CAMERA_TRACK_ENDED, watchCameraTrack } from "./camera-track";

/** A stream of plain event targets standing in for MediaStreamTracks (Node has no media devices). */
function fakeStream(trackCount = 1) {
  const tracks = Array.from({ length: trackCount }, () => new EventTarget());
  return { tracks, stream: { getVideoTracks: () => tracks as unknown as MediaStreamTrack[] } };
}

describe("a camera lost mid-capture", () => {
  it("is reported once when a video track ends, as the camera_stopped problem", () => {
    const { tracks, stream } = fakeStream(2);
    const lost = vi.fn();
    watchCameraTrack(stream, lost);
    expect(lost).not.toHaveBeenCalled();
    tracks[0]!.dispatchEvent(new Event("ended"));
    tracks[1]!.dispatchEvent(new Event("ended"));
    expect(lost).toHaveBeenCalledTimes(1);
    expect(cameraProblem(CAMERA_TRACK_ENDED)).toBe("camera_stopped");
  });

  it("is not reported once the page stopped listening (the step closed or switched camera)", () => {
    const { tracks, stream } = fakeStream();
    const lost = vi.fn();
    watchCameraTrack(stream, lost)();
    tracks[0]!.dispatchEvent(new Event("ended"));
    expect(lost).not.toHaveBeenCalled();
  });

  // A muted track usually comes back by itself (iOS mutes the camera during a phone call): no panel for it.
  it("ignores other track events such as a mute", () => {
    const { tracks, stream } = fakeStream();
    const lost = vi.fn();
    watchCameraTrack(stream, lost);
    tracks[0]!.dispatchEvent(new Event("mute"));
    expect(lost).not.toHaveBeenCalled();
  });
});
