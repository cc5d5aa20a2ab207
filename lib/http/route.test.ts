import { describe, expect, it } from "vitest";
import { errorResponse } from "./refusal-response";
import { route } from "./route";

describe("route", () => {
  it("echoes a well-formed incoming request id and generates one otherwise", async () => {
    const handler = route("test", async () => Response.json({ ok: true }));
    const kept = await handler(new Request("http://app/x", { headers: { "x-request-id": "edge-1234abcd" } }), {});
    expect(kept.headers.get("x-request-id")).toBe("edge-1234abcd");

    const replaced = await handler(new Request("http://app/x", { headers: { "x-request-id": "<script>" } }), {});
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("turns an unexpected exception into a generic 500 that names the request id, not the cause", async () => {
    const handler = route("test", async () => {
      throw new Error("connection to db.internal:5432 failed for user admin");
    });
    const response = await handler(new Request("http://app/x"), {});
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: "internal_error", message: expect.stringContaining("request id") },
    });
    expect(body).not.toContain("db.internal");
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });

  it("builds error bodies with a stable code", async () => {
    const response = errorResponse(400, "invalid_context", "Unknown context.", { allowed: ["face"] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "invalid_context", message: "Unknown context.", allowed: ["face"] },
    });
  });

  it("asks the client to come back (503, Retry-After) while the database is away, never a 500", async () => {
    const handler = route("test", async () => {
      throw Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    });
    const response = await handler(new Request("http://app/x"), {});
    expect([response.status, response.headers.get("retry-after"), (await response.json()).error.code]).toEqual([
      503,
      "2",
      "server_busy",
    ]);
  });
});
