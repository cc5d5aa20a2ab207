import type { VerificationStatus } from "@/lib/generated/prisma/enums";

/** Statuses in which the end-user may still add frames and submit. */
export const OPEN_FOR_CAPTURE: readonly VerificationStatus[] = ["created", "started", "resubmission_requested"];
