"use server";

// Staff actions on the webhooks sent to the integrator. Server actions are
// public endpoints: each checks who calls it and what it is given.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { refusal } from "@/lib/refusal";
import { requireStaff } from "@/lib/staff/current-staff";
import { redeliverIntegratorEvent } from "@/lib/staff/redeliver-integrator-event";
import type { ActionResult } from "@/lib/staff/session-actions";

export async function redeliverAction(eventId: string): Promise<ActionResult> {
  const staff = await requireStaff("integrator_events.redeliver");
  const parsed = z.uuid().safeParse(eventId);
  if (!parsed.success) return refusal("not_found", "This event no longer exists.");
  const result = await redeliverIntegratorEvent(staff, parsed.data);
  if (result.ok) {
    revalidatePath(`/staff/sessions/${result.sessionId}`);
    revalidatePath("/staff/integrator-webhooks");
  }
  return result.ok ? { ok: true } : result;
}
