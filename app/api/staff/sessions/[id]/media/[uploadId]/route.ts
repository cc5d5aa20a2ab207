// GET /api/staff/sessions/{id}/media/{uploadId}: an uploaded frame, fetched from Veriff on demand for staff
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";
import { staffFromRequest } from "@/lib/staff/current-staff";
import { viewUploadedImage } from "@/lib/staff/view-image";

export const dynamic = "force-dynamic";

export const GET = route(
  "staff.media",
  async (request, { params }: { params: Promise<{ id: string; uploadId: string }> }) => {
    // Only our own pages may load it: another site (even a sibling subdomain, which
    // SameSite cookies let through) must not fetch images, or fill the audit log in a staff member's name.
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin")
      return refusalResponse(refusal("cross_site", "Images are shown only in the staff console."));
    const signedIn = await staffFromRequest(request);
    if (!signedIn.ok) return refusalResponse(signedIn);
    const { id, uploadId } = await params;
    const image = await viewUploadedImage(signedIn.staff, id, uploadId);
    if (!image.ok) return refusalResponse(image);
    return new Response(image.bytes, {
      headers: {
        "content-type": image.contentType,
        // Personal data: no shared or disk caches, and shown only inside our pages.
        "cache-control": "private, no-store",
        "content-security-policy": "default-src 'none'; sandbox",
        "cross-origin-resource-policy": "same-origin",
        // An end-user's PDF is saved, never shown by the browser at the console's origin.
        ...(image.contentType === "application/pdf" ? { "content-disposition": "attachment" } : {}),
      },
    });
  },
);
