// Browser side: which sides still need photos, decided by the very rule the
// server applies before it submits (lib/capture/required-frames.ts), so the
// page never offers "Send" for a capture the server would refuse.
import { missingFrames, type BaseContext, type CaptureRequest } from "@/lib/capture/required-frames";

export interface PageFrame {
  context: string;
  source: "camera" | "file";
  state: "uploading" | "done" | "failed";
  bothSides?: boolean;
}

/** The sides that are not done, counting only frames Veriff has acknowledged. */
export function missingSides(request: CaptureRequest, frames: PageFrame[], framesPerContext: number): BaseContext[] {
  const acknowledged = frames
    .filter((frame) => frame.state === "done")
    .map(({ context, source, bothSides }) => ({ context, source, bothSides }));
  return missingFrames(request, acknowledged, framesPerContext).map((missing) => missing.context);
}

/**
 * The step after `current` that still needs photos, or -1 when none does (on
 * to the review): a PDF of the front that holds the back skips the back.
 */
export function nextMissingStep(
  bases: readonly BaseContext[],
  current: number,
  missing: readonly BaseContext[],
): number {
  return bases.findIndex((base, index) => index > current && missing.includes(base));
}

/** The index of the first step whose side is missing (as the server lists them), or 0 when none is. */
export function firstMissingStep(bases: readonly BaseContext[], missing: readonly { context: string }[]): number {
  const index = bases.findIndex((base) => missing.some((item) => item.context === base));
  return index < 0 ? 0 : index;
}
