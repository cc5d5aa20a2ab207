"use server";

// The session page's actions. Server actions are public endpoints: each one
// checks who calls it and what it is given.
import { redirect } from "next/navigation";
import { z } from "zod";
import { refusal } from "@/lib/refusal";
import { recordAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/current-staff";
import {
  deleteSessionEverywhere,
  issueNewCaptureLink,
  refreshFromVeriff,
  type ActionResult,
} from "@/lib/staff/session-actions";
import { loadPersonalData } from "@/lib/staff/session-detail";

const sessionId = z.uuid();
const NOT_FOUND = refusal("not_found", "This session no longer exists.");

export async function refreshAction(id: string): Promise<ActionResult<{ decided: boolean }>> {
  const staff = await requireStaff("sessions.refresh");
  const parsed = sessionId.safeParse(id);
  return parsed.success ? refreshFromVeriff(staff, parsed.data) : NOT_FOUND;
}

export async function newCaptureLinkAction(id: string): Promise<ActionResult<{ url: string }>> {
  const staff = await requireStaff("sessions.new_link");
  const parsed = sessionId.safeParse(id);
  return parsed.success ? issueNewCaptureLink(staff, parsed.data) : NOT_FOUND;
}

export async function deleteAction(id: string): Promise<ActionResult> {
  const staff = await requireStaff("sessions.delete");
  const parsed = sessionId.safeParse(id);
  if (!parsed.success) return NOT_FOUND;
  const result = await deleteSessionEverywhere(staff, parsed.data);
  if (result.ok) redirect("/staff");
  return result;
}

/** The session's personal data and raw payloads; each reveal is written to the audit log. */
export async function revealPersonalDataAction(id: string) {
  const staff = await requireStaff("sessions.read");
  const parsed = sessionId.safeParse(id);
  if (!parsed.success) return null;
  const data = await loadPersonalData(parsed.data);
  if (!data) return null;
  await recordAudit(staff, "session.viewed_personal_data", { sessionId: parsed.data });
  return data;
}
