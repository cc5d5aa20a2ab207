// The words around the camera: the primer before the browser's prompt, and
// what can go wrong with the camera or a chosen photo (what happened and what
// to do), in one place (capture-ux.md: no dead ends, no bare "Something went
// wrong"). The code is shown as a reference for staff.
import type { BrowserFamily, CameraProblem } from "@/lib/capture/browser/camera-problem";
import type { FileProblem } from "@/lib/capture/browser/prepare-file";

export const PRIMER = {
  title: "Allow the camera",
  paragraphs: [
    "We use your camera to photograph your document and your face. Your browser will now ask whether this page may use the camera: choose Allow.",
    "The photos go straight to our verification provider, Veriff, to check your identity. We do not keep them.",
  ],
  allow: "Allow camera",
  asking: "Waiting for your answer…",
  uploadInstead: "Upload photos instead",
} as const;

const ALLOW_CAMERA: Record<BrowserFamily, string> = {
  ios: "open Settings, then Apps, then your browser (Safari or Chrome), set Camera to Allow, and come back here",
  android: "tap the icon at the left of the address bar, then Permissions, set Camera to Allow, and reload this page",
  firefox: "click the crossed-out camera icon in the address bar, remove the block, and reload this page",
  safari: "open Safari's menu, then Settings for This Website, set Camera to Allow, and reload this page",
  chromium: "click the camera icon in the address bar (or the icon at its left), choose to always allow the camera, and reload this page",
};

export function cameraProblemCopy(problem: CameraProblem, browser: BrowserFamily): { title: string; text: string; canRetry: boolean } {
  switch (problem) {
    case "camera_insecure_context":
      return {
        title: "The camera only works on a secure connection",
        text: "This page was not opened over https, so your browser keeps the camera off. Open the link exactly as you received it (it starts with https://), or upload photos instead.",
        canRetry: false,
      };
    case "camera_unsupported":
      return {
        title: "This browser cannot use the camera",
        text: "Open this link in an up-to-date Chrome, Safari or Firefox, or upload photos instead.",
        canRetry: false,
      };
    case "camera_denied":
      return {
        title: "Camera access is blocked",
        text: `We need the camera to photograph your document and your face. To allow it, ${ALLOW_CAMERA[browser]}. Or upload photos instead.`,
        canRetry: true,
      };
    case "camera_not_found":
      return {
        title: "No camera found",
        text: "We could not find a camera on this device. Open this link on a phone, or upload photos instead.",
        canRetry: true,
      };
    case "camera_in_use":
      return { title: "The camera is busy", text: "Another app may be using it. Close that app, then tap “Restart camera”. Or upload photos instead.", canRetry: true };
    case "camera_stopped":
      return { title: "The camera stopped", text: "Tap “Restart camera” to try again, or upload photos instead.", canRetry: true };
  }
}

export function fileProblemCopy(problem: FileProblem, width?: number): string {
  switch (problem) {
    case "file_too_large":
      return "This file is too large. Choose a photo under 40 MB.";
    case "unsupported_file":
      return "This file is not a photo we can use. Choose a JPEG, PNG, WebP or HEIC photo.";
    case "unreadable_file":
      return "We could not open this photo; it may be damaged. Choose another one.";
    case "heic_too_large":
      return `This HEIC photo is ${width ? `${width} px` : "too large"} on its longer side; at most 1920 px can be sent, and this browser cannot shrink HEIC photos. Choose a JPEG or PNG instead, or open this link in Safari.`;
  }
}
