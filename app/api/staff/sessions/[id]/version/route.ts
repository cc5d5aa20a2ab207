// GET /api/staff/sessions/{id}/version: changes whenever the session's page would; the open page polls it
import { errorResponse, route } from "@/lib/http/route";
import { staffFromRequest } from "@/lib/staff/current-staff";
import { sessionVersion } from "@/lib/staff/session-detail";

export const dynamic = "force-dynamic";

export const GET = route("staff.session_version", async (request, { params }: { params: Promise<{ id: string }> }) => {
  // Polled while a page is open: it must not keep an unattended sign-in alive.
  const { refusal } = await staffFromRequest(request, "sessions.read", { extend: false });
  if (refusal) return refusal;
  const version = await sessionVersion((await params).id);
  if (version === null) return errorResponse(404, "not_found", "This session no longer exists.");
  return Response.json({ version }, { headers: { "cache-control": "no-store" } });
});
