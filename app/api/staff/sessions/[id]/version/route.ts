// GET /api/staff/sessions/{id}/version: changes whenever the session's page would; the open page polls it
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";
import { staffFromRequest } from "@/lib/staff/current-staff";
import { sessionVersion } from "@/lib/staff/session-detail";

export const dynamic = "force-dynamic";

export const GET = route("staff.session_version", async (request, { params }: { params: Promise<{ id: string }> }) => {
  // Polled while a page is open: it must not keep an unattended sign-in alive.
  const signedIn = await staffFromRequest(request, "sessions.read", { extend: false });
  if (!signedIn.ok) return refusalResponse(signedIn);
  const version = await sessionVersion((await params).id);
  if (version === null) return refusalResponse(refusal("not_found", "This session no longer exists."));
  return Response.json({ version }, { headers: { "cache-control": "no-store" } });
});
