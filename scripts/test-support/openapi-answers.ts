// The OpenAPI drift check on real answers: route tests wrap an integrator
// route's handler with `documented(...)`, and every answer it gives in those
// tests must be one the served document describes for that operation (its
// status, its body against the document's JSON Schema, with Ajv's 2020-12
// dialect, and Retry-After where the document requires it). The document's
// answer schemas forbid unknown fields, so a field added to an answer but not
// to its contract fails here too.
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { integratorOpenApiDocument, type OpenApiDocument } from "../../lib/http/integrator-openapi";

const DOCUMENT_ID = "urn:veriff-capture:integrator-openapi";
let ajv: Ajv2020 | undefined;

/** The validator, with the whole document as one schema: answers are checked by JSON Pointer into it. */
function validator(document: OpenApiDocument): Ajv2020 {
  if (ajv) return ajv;
  // Not strict: the document's own keywords (openapi, paths, …) are no JSON Schema keywords.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // zod's name for what ajv-formats calls "byte".
  ajv.addFormat("base64", /^(?:[A-Za-z\d+/]{4})*(?:[A-Za-z\d+/]{2}==|[A-Za-z\d+/]{3}=)?$/);
  ajv.addSchema({ $id: DOCUMENT_ID, ...document });
  return ajv;
}

/** Checks one answer of `method path` (as the document writes the path) against the document. */
export async function expectDocumentedAnswer(method: string, path: string, response: Response): Promise<void> {
  const document = integratorOpenApiDocument();
  const operation = document.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is in the OpenAPI document`).toBeDefined();
  const described = operation!.responses[String(response.status)];
  expect(described, `${method} ${path} documents its ${response.status} answer`).toBeDefined();
  if (described!.headers?.["Retry-After"]?.required) {
    expect(response.headers.get("retry-after"), `${method} ${path} ${response.status} has Retry-After`).toMatch(
      /^\d+$/,
    );
  }
  expect(response.headers.get("content-type")).toMatch(/^application\/json\b/);
  const body: unknown = await response.clone().json();
  const pointer = ["paths", path, method.toLowerCase(), "responses", String(response.status), "content"]
    .map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1"))
    .join("/");
  const validate = validator(document).getSchema(`${DOCUMENT_ID}#/${pointer}/application~1json/schema`);
  expect(validate, "the answer's schema compiles").toBeDefined();
  const valid = validate!(body);
  expect(valid ? [] : validate!.errors, `${method} ${path} ${response.status}: ${JSON.stringify(body)}`).toEqual([]);
}

/** A route handler whose every answer is checked against the document (see above). */
export function documented<Args extends unknown[]>(
  method: string,
  path: string,
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    const response = await handler(...args);
    await expectDocumentedAnswer(method, path, response);
    return response;
  };
}
