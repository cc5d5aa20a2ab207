"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/staff/current-staff";
import { unlockSignIn } from "@/lib/staff/unlock-sign-in";

export type UnlockSignInState = { message?: string; tone?: "good" | "bad" };

const unlockInput = z.object({ userId: z.uuid() });

/** Team page: clears a staff member's failed sign-ins. Admins only (checked here and in unlockSignIn). */
export async function unlockSignInAction(_previous: UnlockSignInState, form: FormData): Promise<UnlockSignInState> {
  const admin = await requireStaff("staff.manage");
  const input = unlockInput.safeParse({ userId: form.get("userId") });
  if (!input.success) return { tone: "bad", message: "Choose a staff member." };
  const result = await unlockSignIn(admin, input.data.userId);
  if (!result.ok) return { tone: "bad", message: result.message };
  revalidatePath("/staff/team");
  return { tone: "good", message: "Failed sign-ins cleared: they can sign in now." };
}
