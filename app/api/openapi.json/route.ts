// GET /api/openapi.json (public): the integrator API as an OpenAPI 3.1 document, generated from the routes' contracts.
import { integratorOpenApiDocument } from "@/lib/http/integrator-openapi";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// It changes only with a deployment: caches may keep it for an hour. Any site may read it
// (API explorers, client generators): it holds no secret and is sent without credentials.
export const GET = route("openapi", async () =>
  Response.json(integratorOpenApiDocument(), {
    headers: { "cache-control": "public, max-age=3600", "access-control-allow-origin": "*" },
  }),
);
