import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import type { StaffMember } from "./current-staff";
import { can } from "./permissions";
import { clearSignInThrottle } from "./sign-in-throttle";

export type UnlockResult =
  { ok: true; cleared: number } | { ok: false; code: "not_allowed" | "not_found"; message: string };

/**
 * An admin clears a staff member's failed sign-ins (the account's counter and
 * every address's for it), so they can sign in at once; recorded in the audit
 * log, even when there was nothing to clear.
 */
export async function unlockSignIn(actor: StaffMember, userId: string): Promise<UnlockResult> {
  if (!can(actor.role, "staff.manage"))
    return { ok: false, code: "not_allowed", message: "Only admins clear failed sign-ins." };
  return db().$transaction(async (tx): Promise<UnlockResult> => {
    const target = await tx.staffUser.findUnique({ where: { id: userId }, select: { email: true } });
    if (!target) return { ok: false, code: "not_found", message: "This staff member no longer exists." };
    const cleared = await clearSignInThrottle(target.email, tx);
    await recordAudit(
      actor,
      "staff.sign_in_unlocked",
      { details: { staffId: userId, email: target.email, cleared } },
      tx,
    );
    return { ok: true, cleared };
  });
}
