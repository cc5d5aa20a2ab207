// GET /api/brand/style.css (public): the capture pages' accent colours from APP_BRAND_COLOR, as a stylesheet.
import { brandPalette, brandStylesheet } from "@/lib/brand/brand-palette";
import { serverEnv } from "@/lib/env";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

// A stylesheet of our own origin, which the pages' policy (style-src 'self') takes as it is: an
// inline <style> would need the nonce of the document that first loaded, which a page reached by
// client-side navigation no longer has. Hex values only, checked at start-up: nothing to escape.
export const GET = route("brand.style", async () => {
  const color = serverEnv().APP_BRAND_COLOR;
  if (!color) return refusalResponse(refusal("not_found", "No brand colour is set (APP_BRAND_COLOR)."));
  return new Response(brandStylesheet(brandPalette(color)), {
    headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
});
