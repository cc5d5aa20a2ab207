// The outbox against a real PostgreSQL and the emulator, through the real
// routes: which change writes which event, in the same transaction, and
// nothing when the change is refused or rolled back.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API_KEY, type Harness, SECRET, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { POST as consentRoute } from "@/app/api/capture/[token]/consent/route";
import { POST as framesRoute } from "@/app/api/capture/[token]/frames/route";
import { POST as submitRoute } from "@/app/api/capture/[token]/submit/route";
import { POST as createSessionRoute } from "@/app/api/sessions/route";
import { POST as webhookRoute } from "@/app/api/webhooks/veriff/route";
import { storedIntegratorEvent } from "@/lib/contracts/integrator-webhook";
import { db } from "@/lib/db";
import { exportEnv } from "@/lib/env";
import { expireSessions } from "@/lib/jobs/expire-sessions";
import { createSession } from "@/lib/sessions/create-session";
import { sign } from "@/lib/veriff/signature";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { recordIntegratorEvents } from "./record-integrator-events";
import { separateDatabase } from "@/scripts/test-support/separate-database";

const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
const DAY = 24 * 60 * 60 * 1000;
let harness: Harness;

// Workers claim every due event: this file's own database keeps other files' events out of its counts.
separateDatabase("outbox");
beforeAll(async () => {
  harness = await startAppWithEmulator();
  exportEnv({
    INTEGRATOR_WEBHOOK_URL: "http://127.0.0.1:9/never-called",
    INTEGRATOR_WEBHOOK_SECRETS: "integrator-secret-0123456789abcdef0123456789",
    INTEGRATOR_WEBHOOK_INCLUDE_PERSON: "true",
  });
});
afterAll(() => harness.close());
beforeEach(() => db().integratorEvent.deleteMany());

const params = (token: string) => ({ params: Promise.resolve({ token }) });
const post = (url: string, body?: unknown) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const consent = (token: string) =>
  consentRoute(post(`http://app/api/capture/${token}/consent`, { locale: "en" }), params(token));
const frame = (token: string, context: string) =>
  framesRoute(
    new Request(`http://app/api/capture/${token}/frames?context=${context}`, {
      method: "POST",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array(jpeg),
    }),
    params(token),
  );
const submit = (token: string) => submitRoute(post(`http://app/api/capture/${token}/submit`), params(token));

async function newSession() {
  const response = await createSessionRoute(
    integratorRequest("http://app/api/sessions", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" }, vendorData: "user-42" }),
    }),
    {},
  );
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; veriffSessionId: string; captureUrl: string };
  return { ...body, token: body.captureUrl.split("/").pop()! };
}

async function capturePassport(token: string) {
  for (const context of ["document-front-pre", "document-front", "face-pre", "face"])
    expect((await frame(token, context)).status).toBe(201);
}

/** A webhook as Veriff signs it, through the app's receiver. */
async function veriffWebhook(body: unknown) {
  const raw = JSON.stringify(body);
  const response = await webhookRoute(
    new Request("http://app/api/webhooks/veriff", {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-client": API_KEY, "x-hmac-signature": sign(SECRET, raw) },
      body: raw,
    }),
    {},
  );
  expect(response.status).toBe(200);
}

const decision = (veriffSessionId: string, attemptId: string, status: string, extra: Record<string, unknown> = {}) =>
  veriffWebhook({
    status: "success",
    verification: {
      id: veriffSessionId,
      attemptId,
      status,
      code: { approved: 9001, declined: 9102, resubmission_requested: 9103 }[status] ?? null,
      reasonCode: null,
      decisionTime: new Date().toISOString(),
      ...extra,
    },
  });
const veriffEvent = (veriffSessionId: string, attemptId: string, action: "started" | "submitted") =>
  veriffWebhook({
    id: veriffSessionId,
    attemptId,
    feature: "selfid",
    code: action === "started" ? 7001 : 7002,
    action,
    vendorData: "user-42",
  });

/** The session's outbox, in sequence order, with each body checked against its contract. */
async function outbox(sessionId: string) {
  const rows = await db().integratorEvent.findMany({ where: { sessionId }, orderBy: { sequence: "asc" } });
  return rows.map((row) => ({ ...row, body: storedIntegratorEvent.parse(row.body) }));
}
const summary = async (sessionId: string) =>
  (await outbox(sessionId)).map((row) => `${row.sequence} ${row.type} ${row.body.status}`);

describe("the outbox", () => {
  it("writes session.created, .started, .submitted and .decided with the changes that cause them, in order", async () => {
    const session = await newSession();
    expect(await summary(session.id)).toEqual(["1 session.created created"]);
    expect((await consent(session.token)).status).toBe(200);
    await capturePassport(session.token);
    expect((await submit(session.token)).status).toBe(200);
    // Veriff's own "submitted" event for the same move tells the integrator nothing more.
    const attemptId = harness.emulator.store.currentAttempt(harness.emulator.session(session.veriffSessionId)!).id;
    await veriffEvent(session.veriffSessionId, attemptId, "submitted");
    await decision(session.veriffSessionId, attemptId, "approved", {
      person: { firstName: "Mari", lastName: "Maasikas", idNumber: "38001085718", dateOfBirth: "1980-01-08" },
      document: { number: "AB123456", validUntil: "2030-01-01" },
    });

    expect(await summary(session.id)).toEqual([
      "1 session.created created",
      "2 session.started created",
      "3 session.submitted submitted",
      "4 session.decided approved",
    ]);
    const rows = await outbox(session.id);
    expect(rows[0]!.body).toEqual({
      sessionId: session.id,
      veriffSessionId: session.veriffSessionId,
      vendorData: "user-42",
      endUserId: null,
      status: "created",
      attemptNumber: 1,
      decision: null,
    });
    expect(rows[3]!.body.decision).toEqual({ code: 9001, reasonCode: null, reason: null });
    expect(rows[3]!.person).toEqual({
      firstName: "Mari",
      lastName: "Maasikas",
      dateOfBirth: "1980-01-08",
      idNumber: "38001085718",
      documentNumber: "AB123456",
      documentValidUntil: "2030-01-01",
    });
    expect(rows.slice(0, 3).map((row) => row.person)).toEqual([null, null, null]);
    expect(rows.every((row) => row.state === "pending" && row.attempts === 0)).toBe(true);
    expect(
      (await db().verificationSession.findUniqueOrThrow({ where: { id: session.id } })).integratorEventSequence,
    ).toBe(4);
  });

  it("writes created and started together for a check started on the start page, where consent was given", async () => {
    const created = await createSession({ document: { type: "PASSPORT", country: "EE" } }, "end_user", {
      locale: "en",
      wording: "I agree.",
    });
    const rows = await outbox(created.id);
    expect(rows.map((row) => `${row.sequence} ${row.type}`)).toEqual(["1 session.created", "2 session.started"]);
    expect(rows[0]!.occurredAt).toEqual(rows[1]!.occurredAt);
  });

  it("writes nothing for a change that was refused, repeated, not applied, or rolled back", async () => {
    const session = await newSession();
    await consent(session.token);
    // A second agreement (another tab) keeps the first: no second session.started.
    await consent(session.token);
    // Submitting before the photos are in is refused.
    expect((await submit(session.token)).status).toBe(409);
    await capturePassport(session.token);
    await submit(session.token);
    // A second click, and Veriff's own event after ours.
    await submit(session.token);
    const attemptId = harness.emulator.store.currentAttempt(harness.emulator.session(session.veriffSessionId)!).id;
    await decision(session.veriffSessionId, attemptId, "declined", { reasonCode: 102 });
    // A repeated decision, and a late, older one for a session already decided: not applied, not told.
    await decision(session.veriffSessionId, attemptId, "declined", { reasonCode: 102 });
    await decision(session.veriffSessionId, attemptId, "approved", {
      decisionTime: new Date(Date.now() - DAY).toISOString(),
    });
    expect(await summary(session.id)).toEqual([
      "1 session.created created",
      "2 session.started created",
      "3 session.submitted submitted",
      "4 session.decided declined",
    ]);
    expect((await outbox(session.id))[3]!.body.decision).toEqual({
      code: 9102,
      reasonCode: 102,
      reason: "The document appears to have been tampered with",
    });

    // A transaction that fails after writing its event takes the event, and its number, with it.
    await expect(
      db().$transaction(async (tx) => {
        await recordIntegratorEvents(tx, [session.id], "session.decided");
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().integratorEvent.count({ where: { sessionId: session.id } })).toBe(4);
    await db().$transaction((tx) => recordIntegratorEvents(tx, [session.id], "session.decided"));
    expect((await outbox(session.id)).map((row) => row.sequence)).toEqual([1, 2, 3, 4, 5]);
  });

  it("tells of a new attempt once, when Veriff takes its first photo or says it started, whichever is first", async () => {
    const session = await newSession();
    await consent(session.token);
    await capturePassport(session.token);
    await submit(session.token);
    const emulated = harness.emulator.session(session.veriffSessionId)!;
    const first = harness.emulator.store.currentAttempt(emulated).id;
    await decision(session.veriffSessionId, first, "resubmission_requested", { reasonCode: 202 });
    harness.emulator.decide(emulated, { status: "resubmission_requested", code: 9103, reason: null, reasonCode: 202 });
    const second = harness.emulator.store.currentAttempt(emulated).id;
    expect(second).not.toBe(first);
    // Opening the page or reading the status starts nothing; the first frame Veriff acknowledges does.
    expect((await frame(session.token, "document-front-pre")).status).toBe(201);
    expect((await frame(session.token, "document-front")).status).toBe(201);
    await veriffEvent(session.veriffSessionId, second, "started");
    expect(await summary(session.id)).toEqual([
      "1 session.created created",
      "2 session.started created",
      "3 session.submitted submitted",
      "4 session.decided resubmission_requested",
      "5 session.resubmission_started started",
    ]);
    expect((await outbox(session.id))[4]!.body).toMatchObject({ attemptNumber: 2, decision: null });
  });

  it("tells a resubmission_started moved by Veriff's event alone, when it comes before any frame", async () => {
    const session = await newSession();
    await consent(session.token);
    await capturePassport(session.token);
    await submit(session.token);
    await decision(session.veriffSessionId, "attempt-1", "resubmission_requested", { reasonCode: 202 });
    await veriffEvent(session.veriffSessionId, "attempt-2", "started");
    await veriffEvent(session.veriffSessionId, "attempt-2", "started");
    const types = (await outbox(session.id)).map((row) => row.type);
    expect(types.slice(3)).toEqual(["session.decided", "session.resubmission_started"]);
  });

  it("writes session.decided for each session the expiry job expires, once however many workers run it", async () => {
    const old = new Date(Date.now() - 8 * DAY);
    // Asked to resubmit, then never came back: the code it holds is the earlier attempt's, not this expiry's.
    const open = await db().verificationSession.create({
      data: { status: "resubmission_requested", decisionCode: 9103, decisionReasonCode: 202, createdAt: old },
    });
    const decided = await db().verificationSession.create({ data: { status: "approved", createdAt: old } });
    await Promise.all([expireSessions(), expireSessions(), expireSessions()]);
    expect(await summary(open.id)).toEqual(["1 session.decided expired"]);
    expect((await outbox(open.id))[0]!.body.decision).toEqual({ code: null, reasonCode: null, reason: null });
    expect(await summary(decided.id)).toEqual([]);
  });

  it("writes nothing while INTEGRATOR_WEBHOOK_URL is unset", async () => {
    exportEnv({ INTEGRATOR_WEBHOOK_URL: "" });
    try {
      const session = await newSession();
      await consent(session.token);
      expect(await db().integratorEvent.count({ where: { sessionId: session.id } })).toBe(0);
    } finally {
      exportEnv({ INTEGRATOR_WEBHOOK_URL: "http://127.0.0.1:9/never-called" });
    }
  });

  it("numbers one session's events 1, 2, 3, ... without a gap or a repeat, however many transactions race", async () => {
    const session = await db().verificationSession.create({ data: {} });
    await Promise.all(
      Array.from({ length: 25 }, () =>
        db().$transaction((tx) => recordIntegratorEvents(tx, [session.id], "session.submitted")),
      ),
    );
    const sequences = (await outbox(session.id)).map((row) => row.sequence);
    expect(sequences).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
  });
});
