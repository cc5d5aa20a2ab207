import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verify } from "../../lib/veriff/signature";
import { API_KEY, eventually, type Harness, image, SECRET, SEED_JPEG_BASE64, startHarness } from "./harness";

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(() => harness.close());

const jpeg = (context: string) => image(context, SEED_JPEG_BASE64);

async function capturedSession(person: Record<string, unknown> = {}) {
  const created = await harness.api.createSession({
    person,
    vendorData: "user-42",
    endUserId: "0b5e1e6a-5a8e-4b8a-9d3a-2f1c1c7e9b10",
  });
  const sessionId = created.json.verification.id as string;
  await harness.api.upload(sessionId, jpeg("document-front"));
  await harness.api.upload(sessionId, jpeg("face"));
  return sessionId;
}

describe("POST /sessions", () => {
  it("answers 201 with the documented verification object", async () => {
    const response = await harness.api.createSession({
      vendorData: "abc",
      lang: "en",
      features: ["selfid"],
      timestamp: new Date().toISOString(),
    });
    expect(response.status).toBe(201);
    expect(response.json).toEqual({
      status: "success",
      verification: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        url: expect.stringContaining(harness.baseUrl),
        vendorData: "abc",
        host: harness.baseUrl,
        status: "created",
        sessionToken: expect.any(String),
      },
    });
  });

  it("validates vendorData (1500, 1501), timestamps (1201, 1202) and the body (1102)", async () => {
    const cases: [Record<string, unknown> | undefined, string][] = [
      [{ vendorData: "x".repeat(1001) }, "1500"],
      [{ vendorData: 42 }, "1501"],
      [{ timestamp: "19 May 2016" }, "1202"],
      [{ timestamp: new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString() }, "1201"],
      [undefined, "1102"],
    ];
    for (const [verification, code] of cases) {
      const body = JSON.stringify(verification === undefined ? {} : { verification });
      const response = await harness.api.call("POST", "/sessions", { body });
      expect([response.status, response.json.code], body.slice(0, 60)).toEqual([400, code]);
    }
    expect((await harness.api.createSession({ vendorData: "x".repeat(1000) })).status).toBe(201);
  });
});

describe("the session lifecycle", () => {
  it("goes created → started → submitted → approved, with event and decision webhooks signed over their exact bytes", async () => {
    const sessionId = await capturedSession({ firstName: "Jane", lastName: "Doe" });
    const submitted = await harness.api.submit(sessionId, { timestamp: new Date().toISOString() });
    expect([submitted.status, submitted.json.verification.status]).toEqual([200, "submitted"]);

    const webhooks = await eventually(() => {
      expect(harness.received).toHaveLength(3);
      return harness.received;
    });
    expect(webhooks.map((hook) => hook.body.code ?? hook.body.verification)).toEqual([7001, 7002, expect.any(Object)]);
    expect(webhooks[0]?.body).toEqual({
      id: sessionId,
      attemptId: expect.any(String),
      feature: "selfid",
      code: 7001,
      action: "started",
      vendorData: "user-42",
      endUserId: "0b5e1e6a-5a8e-4b8a-9d3a-2f1c1c7e9b10",
    });
    const decision = webhooks[2]!;
    expect(decision.body).toMatchObject({
      status: "success",
      verification: { id: sessionId, status: "approved", code: 9001, person: { firstName: "Jane", lastName: "Doe" } },
      technicalData: { ip: expect.any(String) },
    });
    for (const hook of webhooks) {
      expect(hook.headers["x-auth-client"]).toBe(API_KEY);
      expect(verify([SECRET], hook.raw, hook.headers["x-hmac-signature"] as string).ok).toBe(true);
      expect(hook.raw).toBe(JSON.stringify(JSON.parse(hook.raw))); // compact JSON
    }

    const read = await harness.api.get(`/sessions/${sessionId}/decision`, sessionId);
    expect(read.json.verification).toMatchObject({
      id: sessionId,
      status: "approved",
      code: 9001,
      vendorData: "user-42",
    });
  });

  it("answers GET decision with verification null before a decision", async () => {
    const sessionId = (await harness.api.createSession()).json.verification.id;
    expect((await harness.api.get(`/sessions/${sessionId}/decision`, sessionId)).json).toEqual({
      status: "success",
      verification: null,
    });
  });

  it("refuses uploads (409) and a second submit (409, 1304) after submission, and other statuses (1303)", async () => {
    const slow = await startHarness({ decisionDelayMs: 60_000 });
    try {
      const sessionId = (await slow.api.createSession()).json.verification.id;
      await slow.api.upload(sessionId, jpeg("face"));
      const invalid = await slow.api.call("PATCH", `/sessions/${sessionId}`, {
        body: JSON.stringify({ verification: { status: "approved" } }),
      });
      expect([invalid.status, invalid.json.code]).toEqual([400, "1303"]);
      expect((await slow.api.submit(sessionId)).status).toBe(200);
      const again = await slow.api.submit(sessionId);
      expect([again.status, again.json.code]).toEqual([409, "1304"]);
      expect((await slow.api.upload(sessionId, jpeg("face"))).status).toBe(409);
      // The control API counts every PATCH the session received, refused ones too: a client's tests read it.
      const { sessions } = (await (await fetch(`${slow.baseUrl}/__emulator/sessions`)).json()) as {
        sessions: { id: string; submitRequests: number }[];
      };
      expect(sessions.find((session) => session.id === sessionId)?.submitRequests).toBe(3);
    } finally {
      await slow.close();
    }
  });

  it.each([
    ["Decline", "declined", 9102],
    ["Resubmit", "resubmission_requested", 9103],
    ["Review", "review", 9121],
    ["Expire", "expired", 9104],
  ])("decides %s as %s (%i) when the first name asks for it", async (firstName, status, code) => {
    const sessionId = await capturedSession({ firstName });
    await harness.api.submit(sessionId);
    const decision = await eventually(async () => {
      const read = await harness.api.get(`/sessions/${sessionId}/decision`, sessionId);
      expect(read.json.verification).not.toBeNull();
      return read.json.verification;
    });
    expect(decision).toMatchObject({ status, code });
  });

  it("opens a new attempt after a resubmission request, and declines the tenth attempt (539)", async () => {
    const sessionId = await capturedSession({ firstName: "Resubmit" });
    for (let attempt = 1; attempt <= 10; attempt++) {
      if (attempt > 1) {
        // A new attempt is submitted only once it has media (created or started, as Veriff requires).
        const early = await harness.api.submit(sessionId);
        expect([early.status, early.json.code]).toEqual([409, "1304"]);
        expect((await harness.api.upload(sessionId, jpeg("face"))).status).toBe(200);
      }
      expect((await harness.api.submit(sessionId)).status).toBe(200);
      await eventually(() => expect(harness.emulator.session(sessionId)?.status).not.toBe("submitted"));
    }
    const attempts = await harness.api.get(`/sessions/${sessionId}/attempts`, sessionId);
    expect(attempts.json.verifications).toHaveLength(10);
    const decision = await harness.api.get(`/sessions/${sessionId}/decision`, sessionId);
    expect(decision.json.verification).toMatchObject({ status: "declined", reasonCode: 539 });
    expect((await harness.api.upload(sessionId, jpeg("face"))).status).toBe(409);
  });

  it("expires sessions 7 days after creation: never started → expired, started → abandoned", async () => {
    const fresh = (await harness.api.createSession()).json.verification.id;
    const started = (await harness.api.createSession()).json.verification.id;
    await harness.api.upload(started, jpeg("face"));
    await fetch(`${harness.baseUrl}/__emulator/clock`, {
      method: "POST",
      body: JSON.stringify({ advanceMs: 7 * 24 * 3600 * 1000 }),
    });
    expect((await harness.api.get(`/sessions/${fresh}/decision`, fresh)).json.verification).toMatchObject({
      status: "expired",
      code: 9104,
    });
    expect((await harness.api.get(`/sessions/${started}/decision`, started)).json.verification).toMatchObject({
      status: "abandoned",
      code: 9104,
    });
  });

  it("deletes a session (then 404) and limits deletions to 5 an hour", async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, async () => (await harness.api.createSession()).json.verification.id as string),
    );
    for (const id of ids.slice(0, 5)) {
      expect((await harness.api.call("DELETE", `/sessions/${id}`, { signedId: id })).status).toBe(200);
      expect((await harness.api.get(`/sessions/${id}/decision`, id)).status).toBe(404);
    }
    const sixth = await harness.api.call("DELETE", `/sessions/${ids[5]}`, { signedId: ids[5] });
    expect(sixth.status).toBe(429);
  });
});

describe("the query endpoints", () => {
  it("list media per session and per attempt, attempts, person, watchlist and registry results", async () => {
    const sessionId = await capturedSession({ firstName: "Jane", lastName: "Doe", idNumber: "38001085718" });
    const media = await harness.api.get(`/sessions/${sessionId}/media`, sessionId);
    expect(media.json).toMatchObject({ status: "success", videos: [] });
    expect(media.json.images.map((item: { context: string }) => item.context)).toEqual(["document-front", "face"]);

    const attempts = await harness.api.get(`/sessions/${sessionId}/attempts`, sessionId);
    const attemptId = attempts.json.verifications[0].id as string;
    expect(attempts.json.verifications[0]).toMatchObject({ status: "started", createdTime: expect.any(String) });
    const attemptMedia = await harness.api.get(`/attempts/${attemptId}/media`, attemptId);
    expect(attemptMedia.json.images).toHaveLength(2);

    expect((await harness.api.get(`/sessions/${sessionId}/person`, sessionId)).json.person).toMatchObject({
      firstName: "Jane",
      lastName: "Doe",
    });
    expect((await harness.api.get(`/sessions/${sessionId}/watchlist-screening`, sessionId)).json.data).toMatchObject({
      matchStatus: "no_match",
      totalHits: 0,
    });
    for (const registry of ["ine-registry", "curp-registry", "combined-ine-curp-registry"]) {
      const response = await harness.api.get(`/sessions/${sessionId}/decision/${registry}?version=1.0.0`, sessionId);
      expect([response.status, response.json.data.result], registry).toEqual([200, "not_applicable"]);
    }
  });

  it("creates and validates a registry session with POST /sessions/validate-registry", async () => {
    const missing = await harness.api.call("POST", "/sessions/validate-registry", {
      body: JSON.stringify({ verification: { person: {} } }),
    });
    expect([missing.status, missing.json.code]).toEqual([400, "1102"]);
    const response = await harness.api.call("POST", "/sessions/validate-registry", {
      body: JSON.stringify({
        verification: { person: { idNumber: "GODE561231HDFRRN09", firstName: "Ana" }, document: { country: "MX" } },
      }),
    });
    expect(response.status).toBe(201);
  });
});
