import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { db } from "./db";
import { createLogger, withRequestId } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

describe("log", () => {
  it("writes JSON lines carrying the request id of the request being served", () => {
    const { logger, lines } = capture();
    withRequestId("req-12345678", () => logger.info({ route: "health" }, "inside"));
    logger.info("outside");
    expect(lines[0]).toMatchObject({ level: "info", msg: "inside", route: "health", requestId: "req-12345678" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("redacts personal data and secrets at any depth it may appear", () => {
    const { logger, lines } = capture();
    logger.info({
      verification: {
        person: { firstName: "Jane", lastName: "Doe", dateOfBirth: "1990-01-01", idNumber: "38001085718" },
        document: { number: "AB123456", type: "PASSPORT", country: "EE" },
      },
      image: { context: "document-front", content: "data:image/jpeg;base64,/9j/4AAQ" },
      headers: { "x-hmac-signature": "abc", "x-auth-client": "key", "content-type": "application/json" },
      captureToken: "tok",
      secret: "s3cret",
    });
    const line = JSON.stringify(lines[0]);
    for (const value of ["Jane", "Doe", "1990-01-01", "38001085718", "AB123456", "/9j/4AAQ", "abc", "tok", "s3cret"]) {
      expect(line).not.toContain(value);
    }
    expect(lines[0]).toMatchObject({
      verification: { document: { type: "PASSPORT", country: "EE", number: "[redacted]" } },
      headers: { "content-type": "application/json", "x-hmac-signature": "[redacted]" },
    });
  });

  it("redacts deeper than any fixed list of paths, whatever the letter case", () => {
    const { logger, lines } = capture();
    logger.info({
      webhook: {
        data: { verification: { person: { firstName: { value: "Jane" }, addresses: [{ fullAddress: "1 Main St" }] } } },
      },
      headers: { "X-HMAC-SIGNATURE": "abc", "X-AUTH-CLIENT": "key" },
    });
    const line = JSON.stringify(lines[0]);
    for (const value of ["Jane", "1 Main St", "abc", "key"]) expect(line).not.toContain(value);
  });

  it("logs a database error by its codes only: its message may quote the values of the query", async () => {
    const { logger, lines } = capture();
    const error = await db()
      .verificationSession.findUnique({ where: { id: "not-a-uuid-but-jane@example.com" } })
      .catch((caught: unknown) => caught);
    expect(String((error as Error).message)).toContain("jane@example.com");
    logger.error({ err: error }, "failed");
    expect(JSON.stringify(lines[0])).not.toContain("jane@example.com");
    expect(lines[0]?.err).toEqual({
      type: expect.stringMatching(/^PrismaClient|DriverAdapterError/),
      code: expect.any(String),
    });
  });
});
