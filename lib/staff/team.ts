import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { isWriteConflict } from "@/lib/db-errors";
import { refusal, type Refusal } from "@/lib/refusal";
import { recordAudit } from "./audit";
import type { StaffMember } from "./current-staff";
import { newStaffMember, type NewStaffMember } from "./new-staff-member";
import { can, type StaffRole } from "./permissions";

type Failure = Refusal<"not_allowed" | "email_taken" | "last_admin" | "not_self" | "not_found" | "conflict">;
export type TeamResult = { ok: true; id: string } | Failure;

const NOT_ALLOWED: Failure = refusal("not_allowed", "Only admins manage staff.");

/**
 * Creates a staff member who signs in with email and password. The password
 * is hashed exactly as Better Auth hashes it (scrypt), in the credential
 * account Better Auth reads at sign-in. `by`: the admin adding them (checked
 * and audited), or "operator" for `npm run staff:create` on the server.
 */
export async function createStaffMember(
  input: NewStaffMember,
  { by, client = db() }: { by: StaffMember | "operator"; client?: PrismaClient },
): Promise<TeamResult> {
  if (by !== "operator" && !can(by.role, "staff.manage")) return NOT_ALLOWED;
  const member = newStaffMember.parse(input);
  const id = randomUUID();
  const password = await hashPassword(member.password);
  try {
    await client.$transaction(async (tx) => {
      await tx.staffUser.create({
        data: {
          id,
          email: member.email,
          name: member.name,
          role: member.role,
          emailVerified: true,
          accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
        },
      });
      if (by !== "operator")
        await recordAudit(
          by,
          "staff.created",
          { details: { staffId: id, email: member.email, role: member.role } },
          tx,
        );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return refusal("email_taken", "A staff member with this email already exists.");
    }
    throw error;
  }
  return { ok: true, id };
}

export async function listStaff() {
  return db().staffUser.findMany({
    select: { id: true, email: true, name: true, role: true, createdAt: true },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
}

/** Changes a role; the last admin cannot be demoted, so someone can always manage staff. */
export async function changeRole(actor: StaffMember, userId: string, role: StaffRole): Promise<TeamResult> {
  return keepingAnAdmin(actor, userId, role === "admin", async (tx, email) => {
    await tx.staffUser.update({ where: { id: userId }, data: { role } });
    await recordAudit(actor, "staff.role_changed", { details: { staffId: userId, email, role } }, tx);
  });
}

/** Removes a staff member and signs them out everywhere (their sessions go with them). */
export async function removeStaffMember(actor: StaffMember, userId: string): Promise<TeamResult> {
  return keepingAnAdmin(actor, userId, false, async (tx, email) => {
    await tx.staffUser.delete({ where: { id: userId } });
    await recordAudit(actor, "staff.removed", { details: { staffId: userId, email } }, tx);
  });
}

async function keepingAnAdmin(
  actor: StaffMember,
  userId: string,
  keepsAdmin: boolean,
  change: (tx: Prisma.TransactionClient, email: string) => Promise<void>,
): Promise<TeamResult> {
  if (!can(actor.role, "staff.manage")) return NOT_ALLOWED;
  if (actor.id === userId) return refusal("not_self", "You cannot change or remove your own account here.");
  try {
    // Serializable: two admins demoting each other at once cannot both succeed.
    return await db().$transaction(
      async (tx): Promise<TeamResult> => {
        const target = await tx.staffUser.findUnique({ where: { id: userId }, select: { role: true, email: true } });
        if (!target) return refusal("not_found", "This staff member no longer exists.");
        if (target.role === "admin" && !keepsAdmin && (await tx.staffUser.count({ where: { role: "admin" } })) <= 1) {
          return refusal("last_admin", "This is the last admin: make someone else admin first.");
        }
        await change(tx, target.email);
        return { ok: true, id: userId };
      },
      { isolationLevel: "Serializable" },
    );
  } catch (error) {
    // Prisma reports a lost serializable transaction as P2034, or passes the driver's error on as it is.
    if (isWriteConflict(error)) {
      return refusal("conflict", "Another admin changed the team at the same moment. Reload and try again.");
    }
    throw error;
  }
}
