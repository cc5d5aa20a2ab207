import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { newStaffMember, type NewStaffMember } from "./new-staff-member";
import type { StaffRole } from "./permissions";

export type TeamResult = { ok: true; id: string } | { ok: false; code: "email_taken" | "last_admin" | "not_self" | "not_found"; message: string };

/**
 * Creates a staff member who signs in with email and password. The password
 * is hashed exactly as Better Auth hashes it (scrypt), in the credential
 * account Better Auth reads at sign-in.
 */
export async function createStaffMember(input: NewStaffMember, client: PrismaClient = db()): Promise<TeamResult> {
  const member = newStaffMember.parse(input);
  const id = randomUUID();
  const password = await hashPassword(member.password);
  try {
    await client.staffUser.create({
      data: {
        id,
        email: member.email,
        name: member.name,
        role: member.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "email_taken", message: "A staff member with this email already exists." };
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
export async function changeRole(actorId: string, userId: string, role: StaffRole): Promise<TeamResult> {
  return keepingAnAdmin(actorId, userId, async (tx) => {
    await tx.staffUser.update({ where: { id: userId }, data: { role } });
  }, role === "admin");
}

/** Removes a staff member and signs them out everywhere (their sessions go with them). */
export async function removeStaffMember(actorId: string, userId: string): Promise<TeamResult> {
  return keepingAnAdmin(actorId, userId, async (tx) => {
    await tx.staffUser.delete({ where: { id: userId } });
  });
}

async function keepingAnAdmin(
  actorId: string,
  userId: string,
  change: (tx: Prisma.TransactionClient) => Promise<void>,
  keepsAdmin = false,
): Promise<TeamResult> {
  if (actorId === userId) return { ok: false, code: "not_self", message: "You cannot change or remove your own account here." };
  // Serializable: two admins demoting each other at once cannot both succeed.
  return db().$transaction(
    async (tx) => {
      const target = await tx.staffUser.findUnique({ where: { id: userId }, select: { role: true } });
      if (!target) return { ok: false, code: "not_found", message: "This staff member no longer exists." };
      if (target.role === "admin" && !keepsAdmin && (await tx.staffUser.count({ where: { role: "admin" } })) <= 1) {
        return { ok: false, code: "last_admin", message: "This is the last admin: make someone else admin first." };
      }
      await change(tx);
      return { ok: true, id: userId };
    },
    { isolationLevel: "Serializable" },
  );
}
