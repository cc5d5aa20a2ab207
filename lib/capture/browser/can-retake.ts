// Browser side: whether a side's photos may be taken again. Veriff takes one
// proof of address per check and cannot be given another in its place, so the
// page never offers to retake the one it has, is getting, or may have.
import type { BaseContext } from "@/lib/capture/required-frames";

export interface SideFrame {
  base: BaseContext;
  state: "uploading" | "done" | "failed";
  /** Failed for a reason sending it again may cure: Try again may still get it to Veriff. */
  retryable?: boolean;
}

/**
 * Whether the side's photo is Veriff's for good: a proof of address
 * acknowledged, on its way, or failed in a way that Try again can settle
 * (Veriff may hold it already). A proof of address refused for good can be
 * replaced; the other sides always can.
 */
export function sentForGood(frames: readonly SideFrame[], base: BaseContext): boolean {
  return (
    base === "address-front" &&
    frames.some((frame) => frame.base === base && (frame.state !== "failed" || frame.retryable === true))
  );
}

/** Whether "Retake" is offered for the side: it has photos, and they are not sent for good. */
export function canRetake(frames: readonly SideFrame[], base: BaseContext): boolean {
  return frames.some((frame) => frame.base === base) && !sentForGood(frames, base);
}
