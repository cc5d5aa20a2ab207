import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { integratorOpenApiDocument } from "../../lib/http/integrator-openapi";
import { API_DOCS_PATH, apiMarkdown } from "./api-docs";

describe("integrator API documentation", () => {
  it("docs/api.md matches the OpenAPI document (run npm run docs:api)", () => {
    expect(fs.readFileSync(API_DOCS_PATH, "utf8")).toBe(apiMarkdown(integratorOpenApiDocument()));
  });

  it("documents every operation and every field of an answer", () => {
    const markdown = apiMarkdown(integratorOpenApiDocument());
    for (const heading of ["## POST /api/sessions", "## GET /api/sessions", "## GET /api/sessions/{id}"]) {
      expect(markdown).toContain(`${heading}\n`);
    }
    expect(markdown).toContain(
      "| `sessions[].decision.reason` | string \\| null | yes | The reason code in plain words. |",
    );
    expect(markdown).toContain("| `invalid_cursor` | 400 |");
  });
});
