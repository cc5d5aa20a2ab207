import type { VerificationSession } from "@/lib/generated/prisma/client";
import { refusal, type Refusal } from "@/lib/refusal";
import { isOpenForCapture } from "./lifecycle";

export type OpenCheck =
  { ok: true; session: VerificationSession } | (Refusal<"already_submitted"> & { session: VerificationSession });

/** Whether the session still takes frames: in an open status, and no submit on its way. */
export function checkOpen(session: VerificationSession): OpenCheck {
  if (!isOpenForCapture(session.status) || session.submitClaimedAt) {
    return { ...refusal("already_submitted", "These photos have already been sent for checking."), session };
  }
  return { ok: true, session };
}
