// Browser side: noticing that the camera went away mid-capture. A video track
// ends on its own when the device is unplugged, the system revokes the
// permission, or another app takes the camera; the preview then freezes on
// its last frame, so the page has to say so and offer a restart.

/** The error name the capture step reports a lost camera with; cameraProblem() reads it as "camera_stopped". */
export const CAMERA_TRACK_ENDED = "TrackEndedError";

/** Calls `lost` once when any video track of `stream` ends; returns a function that stops listening. */
export function watchCameraTrack(stream: Pick<MediaStream, "getVideoTracks">, lost: () => void): () => void {
  const tracks = stream.getVideoTracks();
  let reported = false;
  const onEnded = () => {
    if (reported) return;
    reported = true;
    lost();
  };
  for (const track of tracks) track.addEventListener("ended", onEnded);
  return () => {
    for (const track of tracks) track.removeEventListener("ended", onEnded);
  };
}
