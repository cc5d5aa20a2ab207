// Browser side: why the camera cannot be used, as one of a few stable codes
// the page explains in plain words (and staff can look up).
export type CameraProblem =
  | "camera_insecure_context"
  | "camera_unsupported"
  | "camera_denied"
  | "camera_not_found"
  | "camera_in_use"
  | "camera_stopped";

/** Before asking: browsers offer no camera at all outside https (or localhost), or when they are too old. */
export function cameraUnavailable(context: {
  isSecureContext: boolean;
  hasGetUserMedia: boolean;
}): CameraProblem | null {
  if (!context.isSecureContext) return "camera_insecure_context";
  if (!context.hasGetUserMedia) return "camera_unsupported";
  return null;
}

/** After asking: getUserMedia's error names (current and legacy) mapped to what the user can do about them. */
export function cameraProblem(error: unknown): CameraProblem {
  const name =
    error instanceof Error || (typeof error === "object" && error !== null && "name" in error)
      ? String((error as { name: unknown }).name)
      : String(error);
  if (/NotAllowed|PermissionDenied|Security/i.test(name)) return "camera_denied";
  if (/NotFound|DevicesNotFound|Overconstrained/i.test(name)) return "camera_not_found";
  if (/NotReadable|TrackStart|Abort/i.test(name)) return "camera_in_use";
  if (/not supported/i.test(name)) return "camera_unsupported"; // react-webcam's words when getUserMedia is missing
  // Anything else, a camera that went away mid-capture (camera-track.ts) among them.
  return "camera_stopped";
}

export type BrowserFamily = "ios" | "android" | "firefox" | "safari" | "chromium";

/** Which settings to point at: re-allowing the camera differs by browser and system. */
export function browserFamily(userAgent: string): BrowserFamily {
  if (/iPhone|iPad|iPod/i.test(userAgent)) return "ios";
  if (/Android/i.test(userAgent)) return "android";
  if (/Firefox\//i.test(userAgent)) return "firefox";
  if (/Safari\//i.test(userAgent) && !/Chrome\/|Chromium\/|Edg\//i.test(userAgent)) return "safari";
  return "chromium";
}

/**
 * Whether the browser already lets this page use the camera, so the primer can
 * be skipped. Only "granted" is trusted: some browsers answer "denied" for a
 * camera they would still open (Chromium with an automated permission UI), and
 * some cannot answer at all.
 */
export async function cameraAlreadyAllowed(): Promise<boolean> {
  try {
    return (await navigator.permissions.query({ name: "camera" as PermissionName })).state === "granted";
  } catch {
    return false;
  }
}

/** Asks for the camera once (the browser's prompt), then lets it go at once: the capture step opens it itself. */
export async function askForCamera(): Promise<CameraProblem | null> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    for (const track of stream.getTracks()) track.stop();
    return null;
  } catch (error) {
    return cameraProblem(error);
  }
}
