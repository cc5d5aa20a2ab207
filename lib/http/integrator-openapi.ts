// The integrator API as an OpenAPI 3.1 document, generated from the zod
// contracts its routes parse and answer with (integrator-operations.ts) and
// the one table of refusal statuses, so it cannot say what the code does not.
// zod 4 writes JSON Schema 2020-12, which is OpenAPI 3.1's own dialect: no
// converter library stands between the contracts and the document.
// Served at GET /api/openapi.json; docs/api.md is rendered from it.
import "server-only";
import { z } from "zod";
import { INTEGRATOR_ERROR_CODES, type IntegratorErrorCode } from "@/lib/contracts/integrator-api";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import {
  COMMON_REFUSALS,
  INTEGRATOR_OPERATIONS,
  REFUSAL_MEANINGS,
  type IntegratorOperation,
} from "./integrator-operations";
import { statusOf } from "./refusal-response";

export type JsonSchema = { [keyword: string]: unknown };

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description: string;
  parameters?: { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { description: string; required: true; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, OpenApiResponse>;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description: string; required: boolean; schema: JsonSchema }>;
  content: { "application/json": { schema: JsonSchema } };
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  security: { bearerKey: [] }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes: Record<string, { type: "http"; scheme: "bearer"; description: string }>;
    schemas: Record<string, JsonSchema>;
  };
}

/** The version of the API's contract, not of the app: raised when a change could break an integrator. */
const API_VERSION = "1.0.0";

let built: OpenApiDocument | undefined;

/** The document, built once per process (it depends on the code alone). */
export function integratorOpenApiDocument(): OpenApiDocument {
  built ??= buildDocument();
  return built;
}

function buildDocument(): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = {};
  const paths: OpenApiDocument["paths"] = {};
  for (const operation of INTEGRATOR_OPERATIONS) {
    if (operation.body?.schema) schemas[operation.body.schema.name] = jsonSchema(operation.body.schema.zod, "input");
    schemas[operation.answer.name] = jsonSchema(operation.answer.zod, "output");
    (paths[operation.path] ??= {})[operation.method] = describeOperation(operation);
  }
  // Every code with its meaning, for readers and generated clients; each response narrows it to its own codes.
  const meanings = INTEGRATOR_ERROR_CODES.map((code) => z.literal(code).describe(REFUSAL_MEANINGS[code]));
  schemas.Refusal = jsonSchema(refusalAnswer(z.union(meanings)), "output");
  const { limit, periodSeconds } = RATE_LIMITS.integratorApiKey;
  return {
    openapi: "3.1.0",
    info: {
      title: "veriff-capture integrator API",
      version: API_VERSION,
      description: [
        "Create verification sessions, hand their capture links to your end-users, send frames you captured yourself, and read where each session stands.",
        "",
        "Authenticate with one of the app's API keys (`APP_API_KEYS`) as `Authorization: Bearer <key>`. Every key sees every session: a deployment serves one integrator, and several keys exist to rotate them.",
        "",
        `Each key may make ${limit} requests at once from rest, refilled at ${limit / periodSeconds} a second; past that the answer is 429 \`rate_limited\` with \`Retry-After\` in seconds.`,
        "",
        'Every refusal is `{ "error": { "code", "message", …details } }`: branch on `code` (stable, each with one HTTP status), show `message` to developers only. Every answer carries an `x-request-id` header to quote to support.',
      ].join("\n"),
    },
    security: [{ bearerKey: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerKey: {
          type: "http",
          scheme: "bearer",
          description:
            "One of APP_API_KEYS (32 characters at least). A missing or unknown key is refused with 401 `invalid_api_key`.",
        },
      },
      schemas,
    },
  };
}

function describeOperation(operation: IntegratorOperation): OpenApiOperation {
  const parameters = [
    ...(operation.pathParams ? parametersOf("path", operation.pathParams) : []),
    ...(operation.query ? parametersOf("query", operation.query) : []),
  ];
  const body = operation.body;
  const answer = operation.answer;
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body
      ? {
          requestBody: {
            description: body.description,
            required: true,
            content: Object.fromEntries(
              body.contentTypes.map((type) => [type, body.schema ? { schema: ref(body.schema.name) } : {}]),
            ),
          },
        }
      : {}),
    responses: {
      [answer.status]: {
        description: answer.description,
        content: { "application/json": { schema: ref(answer.name) } },
      },
      ...refusalResponses([...COMMON_REFUSALS, ...operation.refusals]),
    },
  };
}

/** One response per status the codes have (from the one status table), its body naming exactly those codes. */
function refusalResponses(codes: readonly IntegratorErrorCode[]): Record<string, OpenApiResponse> {
  const byStatus = new Map<number, IntegratorErrorCode[]>();
  for (const code of new Set(codes)) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    // Only 429 always says when to come back; of the 503s, server_busy does, veriff_unavailable does not.
    const retryAfter = status === 429 || (status === 503 && group.includes("server_busy"));
    responses[status] = {
      description: group.map((code) => `\`${code}\`: ${REFUSAL_MEANINGS[code]}`).join("\n"),
      ...(retryAfter
        ? {
            headers: {
              "Retry-After": {
                description: "Seconds to wait before trying again.",
                required: status === 429,
                schema: { type: "integer", minimum: 0 },
              },
            },
          }
        : {}),
      content: {
        "application/json": {
          schema: jsonSchema(refusalAnswer(z.enum(group as [IntegratorErrorCode, ...IntegratorErrorCode[]])), "output"),
        },
      },
    };
  }
  return responses;
}

/** A refusal's body with its code; details beside the message vary by code. */
function refusalAnswer(code: z.ZodType<IntegratorErrorCode>) {
  return z.object({
    error: z.looseObject({
      code,
      message: z.string().describe("For developers; the wording may change."),
    }),
  });
}

function parametersOf(location: "path" | "query", schema: z.ZodObject): NonNullable<OpenApiOperation["parameters"]> {
  const json = jsonSchema(schema, "input");
  const required = new Set((json.required as string[] | undefined) ?? []);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: location,
    required: location === "path" || required.has(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: property,
  }));
}

/** A request's schema as a client may send it ("input": defaults optional), an answer's as we send it. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
