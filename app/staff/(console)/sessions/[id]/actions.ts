"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/current-staff";
import { deleteSessionEverywhere, issueNewCaptureLink, refreshFromVeriff } from "@/lib/staff/session-actions";
import { loadPersonalData } from "@/lib/staff/session-detail";

// Server actions are public endpoints: each one checks who calls it.

export async function refreshAction(sessionId: string) {
  const staff = await requireStaff("sessions.refresh");
  return refreshFromVeriff(staff, sessionId);
}

export async function newCaptureLinkAction(sessionId: string) {
  const staff = await requireStaff("sessions.new_link");
  return issueNewCaptureLink(staff, sessionId);
}

export async function deleteAction(sessionId: string) {
  const staff = await requireStaff("sessions.delete");
  const result = await deleteSessionEverywhere(staff, sessionId);
  if (result.ok) redirect("/staff");
  return result;
}

/** The session's personal data and raw payloads; each reveal is written to the audit log. */
export async function revealPersonalDataAction(sessionId: string) {
  const staff = await requireStaff("sessions.read");
  const data = await loadPersonalData(sessionId);
  if (!data) return null;
  await recordAudit(staff, "session.viewed_personal_data", { sessionId });
  return data;
}
