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
export function cameraUnavailable(context: { isSecureContext: boolean; hasGetUserMedia: boolean }): CameraProblem | null {
  if (!context.isSecureContext) return "camera_insecure_context";
  if (!context.hasGetUserMedia) return "camera_unsupported";
  return null;
}

/** After asking: getUserMedia's error names (current and legacy) mapped to what the user can do about them. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof error === "object" && error !== null && "name" in error) ? String((error as { name: unknown }).name) : String(error);
  if (/NotAllowed|PermissionDenied|Security/i.test(name)) return "camera_denied";
  if (/NotFound|DevicesNotFound|Overconstrained/i.test(name)) return "camera_not_found";
  if (/NotReadable|TrackStart|Abort/i.test(name)) return "camera_in_use";
  if (/not supported/i.test(name)) return "camera_unsupported"; // react-webcam's words when getUserMedia is missing
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
