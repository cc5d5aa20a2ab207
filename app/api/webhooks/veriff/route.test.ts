// Route tests against a real PostgreSQL: every way a webhook can arrive.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportEnv, serverEnv } from "@/lib/env";
import { sign } from "@/lib/veriff/signature";
import { POST } from "./route";

const NEW_SECRET = "rotated-in-secret-0000000000000001";
let current: string; // the secret the app already had (the emulator's development one)

beforeAll(() => {
  current = serverEnv().VERIFF_SHARED_SECRETS[0]!;
  // The app verifies with the newly added key first and still accepts the old master.
  exportEnv({ VERIFF_SHARED_SECRETS: `${NEW_SECRET},${current}` });
});

function deliver(
  body: string,
  options: { secret?: string | null; apiKey?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-auth-client": options.apiKey ?? serverEnv().VERIFF_API_KEY,
    ...options.headers,
  };
  if (options.secret !== null) headers["x-hmac-signature"] = sign(options.secret ?? current, body);
  return POST(new Request("http://app/api/webhooks/veriff", { method: "POST", headers, body }), {});
}

async function newSession(status: "created" | "submitted" = "submitted") {
  const veriffSessionId = randomUUID();
  const session = await db().verificationSession.create({
    data: { veriffSessionId, status, vendorData: "route-test" },
  });
  return { id: session.id, veriffSessionId };
}

const decisionBody = (
  veriffSessionId: string,
  status: string,
  attemptId = "attempt-1",
  minute = 0,
  extra: Record<string, unknown> = {},
) =>
  JSON.stringify({
    status: "success",
    verification: {
      id: veriffSessionId,
      attemptId,
      status,
      code: { approved: 9001, declined: 9102, resubmission_requested: 9103, review: 9121 }[status] ?? 9104,
      reason: status === "declined" ? "Face does not match" : null,
      reasonCode: status === "declined" ? 103 : null,
      decisionTime: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
      acceptanceTime: new Date(Date.UTC(2026, 0, 1)).toISOString(),
      person: { firstName: "Jane", lastName: "Doe", dateOfBirth: "1990-01-01", idNumber: "38001085718" },
      document: { number: "AB123456", type: "PASSPORT", country: "EE", validUntil: "2030-01-01" },
      riskLabels: [],
      ...extra,
    },
    technicalData: { ip: "203.0.113.7" },
  });
const eventBody = (veriffSessionId: string, action: "started" | "submitted", attemptId = "attempt-1") =>
  JSON.stringify({
    id: veriffSessionId,
    attemptId,
    feature: "selfid",
    code: action === "started" ? 7001 : 7002,
    action,
    vendorData: "route-test",
  });

const deliveries = (body: string) =>
  db().webhookDelivery.findMany({ where: { rawBody: new Uint8Array(Buffer.from(body)) } });
const sessionRow = (id: string) => db().verificationSession.findUniqueOrThrow({ where: { id } });

describe("POST /api/webhooks/veriff", () => {
  it("stores a valid decision once and applies it in typed columns", async () => {
    const session = await newSession();
    const body = decisionBody(session.veriffSessionId, "declined");
    const response = await deliver(body);
    expect([response.status, await response.json()]).toEqual([200, { received: true, result: "stored" }]);
    const [delivery] = await deliveries(body);
    expect(delivery).toMatchObject({
      kind: "decision",
      sessionId: session.id,
      verifiedKeyIndex: 1,
      attemptId: "attempt-1",
    });
    expect(delivery?.headers).toEqual({ "content-type": "application/json" });
    expect(await sessionRow(session.id)).toMatchObject({
      status: "declined",
      decisionCode: 9102,
      decisionReasonCode: 103,
      decisionAttemptId: "attempt-1",
      personFirstName: "Jane",
      documentNumber: "AB123456",
      documentCountry: "EE",
      decisionData: expect.objectContaining({ riskLabels: [] }),
    });
  });

  it("accepts a webhook signed with the newly rotated-in key, and says which key verified it", async () => {
    const session = await newSession();
    const body = decisionBody(session.veriffSessionId, "approved");
    expect((await deliver(body, { secret: NEW_SECRET })).status).toBe(200);
    expect((await deliveries(body))[0]?.verifiedKeyIndex).toBe(0);
  });

  it.each([
    ["forged (signed with another key)", { secret: "attacker-secret-000000000000000" }],
    ["unsigned", { secret: null }],
    ["sent with another integration's API key", { apiKey: "99999999-2222-4333-8444-555555555555" }],
  ])("refuses a webhook %s with 401 and stores nothing", async (_name, options) => {
    const session = await newSession();
    const body = decisionBody(session.veriffSessionId, "approved");
    const response = await deliver(body, options);
    expect([response.status, (await response.json()).error.code]).toEqual([401, "webhook_unauthenticated"]);
    expect(await deliveries(body)).toEqual([]);
    expect((await sessionRow(session.id)).status).toBe("submitted");
  });

  it("refuses a body over 2 MB with 413", async () => {
    const body = JSON.stringify({ padding: "x".repeat(2 * 1024 * 1024) });
    expect((await deliver(body)).status).toBe(413);
  });

  it("stores and acknowledges a signed body that is not JSON", async () => {
    const body = `not json ${randomUUID()}`;
    expect((await deliver(body)).status).toBe(200);
    expect(await deliveries(body)).toMatchObject([{ kind: "malformed", sessionId: null }]);
  });

  it("stores and acknowledges kinds it does not know, without touching the session", async () => {
    const session = await newSession();
    const body = JSON.stringify({
      id: session.veriffSessionId,
      attemptId: "attempt-1",
      kind: "quantum-liveness",
      data: { score: 1 },
    });
    expect((await deliver(body)).status).toBe(200);
    expect(await deliveries(body)).toMatchObject([{ kind: "unknown", sessionId: session.id }]);
    expect((await sessionRow(session.id)).status).toBe("submitted");
  });

  it("answers a delivery repeated ten times with 200 each time and stores it once", async () => {
    const session = await newSession();
    const body = decisionBody(session.veriffSessionId, "approved");
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(await deliveries(body)).toHaveLength(1);
    expect(await db().sessionEvent.count({ where: { sessionId: session.id, type: "veriff.decision" } })).toBe(1);
  });

  it("never lets an event that arrives after its decision undo it", async () => {
    const session = await newSession("created");
    await deliver(decisionBody(session.veriffSessionId, "approved"));
    await deliver(eventBody(session.veriffSessionId, "started"));
    await deliver(eventBody(session.veriffSessionId, "submitted"));
    expect((await sessionRow(session.id)).status).toBe("approved");
    expect(await db().sessionEvent.count({ where: { sessionId: session.id } })).toBe(3);
  });

  it("lets a later attempt's decision supersede a resubmission request", async () => {
    const session = await newSession();
    await deliver(decisionBody(session.veriffSessionId, "resubmission_requested", "attempt-1", 1));
    await deliver(eventBody(session.veriffSessionId, "started", "attempt-2"));
    expect((await sessionRow(session.id)).status).toBe("started");
    await deliver(decisionBody(session.veriffSessionId, "approved", "attempt-2", 9));
    expect(await sessionRow(session.id)).toMatchObject({ status: "approved", decisionAttemptId: "attempt-2" });
  });

  it("stores a webhook for a session we never created as unmatched", async () => {
    const body = decisionBody(randomUUID(), "approved");
    expect((await deliver(body)).status).toBe(200);
    expect(await deliveries(body)).toMatchObject([
      { kind: "decision", sessionId: null, processedAt: expect.any(Date) },
    ]);
  });

  /** Makes Postgres refuse the timeline rows of one session, raising `sqlState`, while `work` runs. */
  async function refusingTimelineOf(sessionId: string, sqlState: string, work: () => Promise<void>) {
    await db().$executeRawUnsafe(`
      create or replace function fail_for_test() returns trigger language plpgsql as
      $$ begin raise exception 'refused for the test' using errcode = '${sqlState}'; end $$`);
    await db().$executeRawUnsafe(`
      create trigger fail_for_test before insert on session_events for each row
      when (new.session_id = '${sessionId}') execute function fail_for_test()`);
    try {
      await work();
    } finally {
      await db().$executeRawUnsafe("drop trigger fail_for_test on session_events");
    }
  }

  it("answers 503 when a retry could fix a failure, keeps the delivery as failed, and applies it on Veriff's retry", async () => {
    const session = await newSession();
    const body = decisionBody(session.veriffSessionId, "approved");
    // A serialization failure: exactly what a retry fixes.
    await refusingTimelineOf(session.id, "40001", async () => {
      const response = await deliver(body);
      expect([response.status, (await response.json()).error.code]).toEqual([503, "webhook_not_applied"]);
      expect(await deliveries(body)).toMatchObject([
        {
          sessionId: null,
          processedAt: null,
          processingError: expect.stringMatching(/^database_error P\d{4}\/40001$/),
        },
      ]);
      expect((await sessionRow(session.id)).status).toBe("submitted");
    });
    const retry = await deliver(body);
    expect([retry.status, await retry.json()]).toEqual([200, { received: true, result: "stored" }]);
    expect(await deliveries(body)).toMatchObject([
      { sessionId: session.id, processedAt: expect.any(Date), processingError: null },
    ]);
    expect((await sessionRow(session.id)).status).toBe("approved");
    // Applied once, and repeats stay repeats.
    expect(await (await deliver(body)).json()).toEqual({ received: true, result: "duplicate" });
    expect(await db().sessionEvent.count({ where: { sessionId: session.id, type: "veriff.decision" } })).toBe(1);
  });

  it("answers 200 when no retry could help, and keeps the delivery as failed for staff", async () => {
    const session = await newSession();
    const body = decisionBody(session.veriffSessionId, "declined");
    await refusingTimelineOf(session.id, "P0001", async () => {
      const response = await deliver(body);
      expect([response.status, await response.json()]).toEqual([200, { received: true, result: "failed" }]);
    });
    expect(await deliveries(body)).toMatchObject([
      { processedAt: null, processingError: expect.stringMatching(/^database_error P\d{4}\/P0001$/) },
    ]);
    expect((await sessionRow(session.id)).status).toBe("submitted");
  });

  it("keeps every signed delivery, a NUL byte in it included, byte for byte", async () => {
    const session = await newSession();
    // Raw in the body: not JSON (a control character inside a string), stored as malformed.
    const raw = `{"id":"${session.veriffSessionId}","action":"started","note":"a\u0000b"}`;
    expect(raw).toContain("\u0000");
    const malformed = await deliver(raw);
    expect([malformed.status, await malformed.json()]).toEqual([200, { received: true, result: "stored" }]);
    const [kept] = await deliveries(raw);
    expect([kept?.kind, Buffer.from(kept!.rawBody).equals(Buffer.from(raw))]).toEqual(["malformed", true]);

    // Escaped in valid JSON, in a field and in the ids: no Postgres text or jsonb can hold it, so it is
    // taken out of what is applied; the delivery's bytes keep it, and the decision is applied.
    const escaped = decisionBody(session.veriffSessionId, "approved", "attempt-1", 0, {
      vendorData: "a\u0000b",
      person: { firstName: "Ja\u0000ne" },
    });
    expect(escaped).toContain("\\u0000");
    const applied = await deliver(escaped);
    expect([applied.status, await applied.json()]).toEqual([200, { received: true, result: "stored" }]);
    expect(await deliveries(escaped)).toMatchObject([{ kind: "decision", processedAt: expect.any(Date) }]);
    expect(await sessionRow(session.id)).toMatchObject({ status: "approved", personFirstName: "Jane" });
    const strangeId = `{"id":"${session.veriffSessionId}\\u0000x","attemptId":"a\\u0000","action":"started"}`;
    const stored = await deliver(strangeId);
    expect([stored.status, await stored.json()]).toEqual([200, { received: true, result: "stored" }]);
    expect(await deliveries(strangeId)).toHaveLength(1);
  });
});
