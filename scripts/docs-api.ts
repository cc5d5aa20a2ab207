// npm run docs:api: rewrites docs/api.md from the integrator API's OpenAPI document (lib/http/integrator-openapi.ts).
import fs from "node:fs";
import { integratorOpenApiDocument } from "../lib/http/integrator-openapi";
import { API_DOCS_PATH, apiMarkdown } from "./lib/api-docs";

fs.writeFileSync(API_DOCS_PATH, apiMarkdown(integratorOpenApiDocument()));
console.error(`${API_DOCS_PATH} updated`);
