// The integrator API's OpenAPI document: valid OpenAPI 3.1, served as built,
// and in step with the route files. (That the routes' answers fit it is
// checked where they are tested: scripts/test-support/openapi-answers.ts.)
import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { INTEGRATOR_ERROR_CODES } from "@/lib/contracts/integrator-api";
import { integratorOpenApiDocument } from "@/lib/http/integrator-openapi";
import { statusOf } from "@/lib/http/refusal-response";
import { expectDocumentedAnswer } from "@/scripts/test-support/openapi-answers";
import { GET } from "./route";

const document = integratorOpenApiDocument();
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const SESSIONS_ROUTES = path.join(import.meta.dirname, "../sessions");

describe("the integrator API's OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (its meta-schema, references resolved)", async () => {
    // The parser dereferences in place: give it a copy.
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(document.openapi).toBe("3.1.0");
  });

  it("holds schemas that are valid JSON Schema 2020-12, OpenAPI 3.1's dialect (its meta-schema does not look inside)", () => {
    const ajv = new Ajv2020();
    const schemas = [
      ...Object.values(document.components.schemas),
      ...Object.values(document.paths).flatMap((methods) =>
        Object.values(methods).flatMap((operation) => [
          ...(operation.parameters ?? []).map((parameter) => parameter.schema),
          ...Object.values(operation.responses).map((response) => response.content["application/json"].schema),
        ]),
      ),
    ];
    expect(schemas.length).toBeGreaterThan(30);
    for (const schema of schemas) expect(ajv.validateSchema(schema) ? [] : ajv.errors).toEqual([]);
    expect(ajv.validateSchema({ type: "objekt" })).toBe(false);
  });

  it("describes exactly the methods of every route file under app/api/sessions", async () => {
    const routeFiles = fs
      .readdirSync(SESSIONS_ROUTES, { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "route.ts");
    const fromFiles: string[] = [];
    for (const file of routeFiles) {
      const route = (await import(path.join(SESSIONS_ROUTES, file))) as Record<string, unknown>;
      const urlPath = `/api/sessions/${path.dirname(file)}`.replace(/\/\.$/, "").replace(/\[(\w+)\]/g, "{$1}");
      for (const method of HTTP_METHODS)
        if (typeof route[method] === "function") fromFiles.push(`${method} ${urlPath}`);
    }
    const documented = Object.entries(document.paths).flatMap(([urlPath, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${urlPath}`),
    );
    expect(documented.sort()).toEqual(fromFiles.sort());
    expect(fromFiles).toEqual(expect.arrayContaining(["GET /api/sessions", "GET /api/sessions/{id}"]));
  });

  it("answers every integrator refusal code somewhere, each with its status from the one table", () => {
    const statuses = new Map<string, Set<number>>();
    for (const methods of Object.values(document.paths)) {
      for (const operation of Object.values(methods)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const schema = response.content["application/json"].schema as {
            properties?: { error?: { properties?: { code?: { enum?: string[] } } } };
          };
          for (const code of schema.properties?.error?.properties?.code?.enum ?? []) {
            statuses.set(code, (statuses.get(code) ?? new Set()).add(Number(status)));
          }
        }
      }
    }
    expect([...statuses.keys()].sort()).toEqual([...INTEGRATOR_ERROR_CODES].sort());
    for (const code of INTEGRATOR_ERROR_CODES) expect([...statuses.get(code)!], code).toEqual([statusOf(code)]);
  });

  it("is served at GET /api/openapi.json, without a key, cacheable", async () => {
    const response = await GET(new Request("http://app/api/openapi.json"), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe("the answer check route tests use", () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    Response.json(body, { status, headers });
  const session = {
    id: "01900000-0000-7000-8000-000000000000",
    veriffSessionId: "5f2f2a1e-0000-4000-8000-000000000000",
    captureUrl: "https://kyc.example.com/capture/abc",
    expiresAt: "2026-01-01T00:00:00.000Z",
  };

  it("passes an answer the document describes", async () => {
    await expectDocumentedAnswer("post", "/api/sessions", answer(201, session));
    await expectDocumentedAnswer(
      "get",
      "/api/sessions",
      answer(429, { error: { code: "rate_limited", message: "m", retryAfterSeconds: 3 } }, { "retry-after": "3" }),
    );
  });

  it("fails an undocumented field, status, code, or a 429 without Retry-After", async () => {
    const failures = [
      () => expectDocumentedAnswer("post", "/api/sessions", answer(201, { ...session, personFirstName: "Jane" })),
      () => expectDocumentedAnswer("post", "/api/sessions", answer(201, { ...session, expiresAt: "tomorrow" })),
      () => expectDocumentedAnswer("post", "/api/sessions", answer(200, session)),
      () => expectDocumentedAnswer("post", "/api/sessions", answer(404, { error: { code: "x", message: "m" } })),
      () =>
        expectDocumentedAnswer(
          "get",
          "/api/sessions/{id}",
          answer(400, { error: { code: "invalid_request", message: "m" } }),
        ),
      () =>
        expectDocumentedAnswer("get", "/api/sessions", answer(429, { error: { code: "rate_limited", message: "m" } })),
      () => expectDocumentedAnswer("delete", "/api/sessions", answer(200, {})),
    ];
    for (const failure of failures) await expect(failure()).rejects.toThrow();
  });
});
