// GET /api/brand/logo (public): the integrator's logo (APP_BRAND_LOGO) for the capture pages' header.
import { brandLogo } from "@/lib/brand/brand-logo";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

// The bytes were read and sniffed once at start-up; the type is the one the bytes
// showed, never the file's name. An SVG opened here as a document runs nothing:
// next.config.mjs gives every /api/ answer `default-src 'none'; sandbox`.
export const GET = route("brand.logo", async () => {
  const logo = brandLogo();
  if (!logo) return refusalResponse(refusal("not_found", "No logo is set (APP_BRAND_LOGO)."));
  return new Response(logo.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": logo.type,
      "content-length": String(logo.bytes.byteLength),
      // It changes only with a restart: an hour in the browser's cache is plenty.
      "cache-control": "public, max-age=3600",
    },
  });
});
