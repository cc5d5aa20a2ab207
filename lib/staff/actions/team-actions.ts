"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/staff/current-staff";
import { newStaffMember } from "@/lib/staff/new-staff-member";
import { changeRole, createStaffMember, removeStaffMember } from "@/lib/staff/team";

export type TeamFormState = { message?: string; tone?: "good" | "bad" };

export async function addStaffAction(_previous: TeamFormState, form: FormData): Promise<TeamFormState> {
  const admin = await requireStaff("staff.manage");
  const input = newStaffMember.safeParse(Object.fromEntries(form));
  if (!input.success) return { tone: "bad", message: input.error.issues.map((issue) => issue.message).join(" ") };
  const result = await createStaffMember(input.data, { by: admin });
  if (!result.ok) return { tone: "bad", message: result.message };
  revalidatePath("/staff/team");
  return { tone: "good", message: `Added ${input.data.email}. Give them their password through a safe channel.` };
}

const roleChange = z.object({ userId: z.string().min(1), role: z.enum(["admin", "agent"]) });

export async function changeRoleAction(_previous: TeamFormState, form: FormData): Promise<TeamFormState> {
  const admin = await requireStaff("staff.manage");
  const input = roleChange.safeParse(Object.fromEntries(form));
  if (!input.success) return { tone: "bad", message: "Choose a role." };
  const result = await changeRole(admin, input.data.userId, input.data.role);
  if (!result.ok) return { tone: "bad", message: result.message };
  revalidatePath("/staff/team");
  return { tone: "good", message: "Role changed." };
}

const removal = z.object({ userId: z.string().min(1) });

export async function removeStaffAction(_previous: TeamFormState, form: FormData): Promise<TeamFormState> {
  const admin = await requireStaff("staff.manage");
  const input = removal.safeParse(Object.fromEntries(form));
  if (!input.success) return { tone: "bad", message: "Choose a staff member." };
  const result = await removeStaffMember(admin, input.data.userId);
  if (!result.ok) return { tone: "bad", message: result.message };
  revalidatePath("/staff/team");
  return { tone: "good", message: "Removed, and signed out everywhere." };
}
