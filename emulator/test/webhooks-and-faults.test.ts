import { afterEach, describe, expect, it } from "vitest";
import { eventually, type Harness, image, SEED_JPEG_BASE64, startHarness } from "./harness";

let harness: Harness | undefined;
afterEach(() => harness?.close());

const control = (h: Harness, path: string, body?: unknown, method = body === undefined ? "GET" : "POST") =>
  fetch(`${h.baseUrl}/__emulator${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) }).then(
    async (response) => ({ status: response.status, json: await response.json() }),
  );

async function submittedSession(h: Harness) {
  const sessionId = (await h.api.createSession({ person: { firstName: "Jane" } })).json.verification.id as string;
  await h.api.upload(sessionId, image("face", SEED_JPEG_BASE64));
  await h.api.submit(sessionId);
  return sessionId;
}

describe("webhook delivery", () => {
  it("retries anything but 200 on Veriff's schedule until the receiver accepts", async () => {
    let calls = 0;
    harness = await startHarness({}, () => (++calls <= 3 ? 503 : 200));
    await submittedSession(harness);
    const deliveries = await eventually(async () => {
      const { json } = await control(harness!, "/webhooks");
      expect(json.deliveries.every((delivery: { delivered: boolean }) => delivery.delivered)).toBe(true);
      return json.deliveries;
    });
    expect(
      deliveries
        .flatMap((delivery: { tries: { status: number }[] }) => delivery.tries.map((item) => item.status))
        .filter((status: number) => status === 503),
    ).toHaveLength(3);
  });

  it("can deliver every webhook twice, and events after their decision", async () => {
    harness = await startHarness({ decisionDelayMs: 50 });
    await control(harness, "/faults", { webhooks: { duplicate: true, outOfOrder: true } }, "PUT");
    await submittedSession(harness);
    const kinds = await eventually(() => {
      expect(harness!.received).toHaveLength(6);
      return harness!.received.map((hook) => hook.body.action ?? (hook.body.verification ? "decision" : "other"));
    });
    expect(kinds).toEqual(["decision", "decision", "started", "started", "submitted", "submitted"]);
  });

  it("sends the other webhook kinds, and a kind nobody has invented yet, signed like the rest", async () => {
    harness = await startHarness();
    const sessionId = (await harness.api.createSession({ person: { firstName: "Jane" } })).json.verification.id;
    for (const kind of ["watchlist-screening", "ine", "curp", "user-defined-status", "full-auto", "quantum-liveness"]) {
      expect((await control(harness, "/webhooks", { kind, sessionId })).status).toBe(202);
    }
    await eventually(() => expect(harness!.received).toHaveLength(6));
    expect(harness.received[0]?.body).toMatchObject({ checkType: "updated_result", sessionId });
    expect(harness.received[5]?.body).toMatchObject({ id: sessionId, kind: "quantum-liveness" });
  });
});

describe("the control API", () => {
  it("forces any decision with person and document data", async () => {
    harness = await startHarness({ decisionDelayMs: 60_000 });
    const sessionId = await submittedSession(harness);
    const forced = await control(harness, `/sessions/${sessionId}/decision`, {
      status: "declined",
      reasonCode: 103,
      reason: "Face does not match document",
      person: { lastName: "Doe", dateOfBirth: "1990-01-01" },
      document: { number: "AB123456", type: "PASSPORT", country: "EE" },
    });
    expect(forced.status).toBe(200);
    const read = await harness.api.get(`/sessions/${sessionId}/decision`, sessionId);
    expect(read.json.verification).toMatchObject({
      status: "declined",
      code: 9102,
      reasonCode: 103,
      person: { firstName: "Jane", lastName: "Doe", dateOfBirth: "1990-01-01" },
      document: { number: "AB123456", type: "PASSPORT", country: "EE" },
    });
  });

  it("scripts the decision of the next submit only; the attempt after it is decided by the rules again", async () => {
    harness = await startHarness({ decisionDelayMs: 0 });
    const sessionId = (await harness.api.createSession({ person: { firstName: "Jane" } })).json.verification
      .id as string;
    expect(
      (
        await control(
          harness,
          `/sessions/${sessionId}/next-decision`,
          { status: "resubmission_requested", reasonCode: 201 },
          "PUT",
        )
      ).status,
    ).toBe(200);
    expect((await control(harness, `/sessions/${sessionId}/next-decision`, { status: "maybe" }, "PUT")).status).toBe(
      400,
    );
    expect(
      (await control(harness, "/sessions/no-such-session/next-decision", { status: "approved" }, "PUT")).status,
    ).toBe(404);
    const statuses = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      await harness.api.upload(sessionId, image("face", SEED_JPEG_BASE64));
      await harness.api.submit(sessionId);
      statuses.push(await eventually(() => harness!.emulator.session(sessionId)!.attempts[attempt]!.decision!.status));
    }
    expect(statuses).toEqual(["resubmission_requested", "approved"]);
    expect(harness.emulator.session(sessionId)!.attempts[0]!.decision!.reasonCode).toBe(201);
  });

  it("lists sessions with media and attempts, resets state, and serves a page with decision buttons", async () => {
    harness = await startHarness({ decisionDelayMs: 60_000 });
    const sessionId = await submittedSession(harness);
    const listed = await control(harness, "/sessions");
    expect(listed.json.sessions[0]).toMatchObject({
      id: sessionId,
      status: "submitted",
      attempts: [{ media: [{ context: "face" }] }],
    });
    const page = await (await fetch(`${harness.baseUrl}/__emulator/`)).text();
    expect(page).toContain(sessionId);
    expect(page).toContain(`data-session="${sessionId}" data-status="approved"`);
    await control(harness, "/reset", {});
    expect((await control(harness, "/sessions")).json.sessions).toEqual([]);
  });
});

describe("fault injection", () => {
  it("answers 500s, 429s with Retry-After, and drops connections per endpoint", async () => {
    harness = await startHarness();
    await control(harness, "/faults", { endpoints: { "POST /sessions": { status500Rate: 1 } } }, "PUT");
    const failed = await harness.api.createSession();
    expect([failed.status, failed.json]).toEqual([
      500,
      { status: "fail", code: "1101", message: "Something went wrong" },
    ]);

    await control(harness, "/faults", { endpoints: { "POST /sessions": { status429Rate: 1 } } }, "PUT");
    const throttled = await harness.api.createSession();
    expect([throttled.status, throttled.headers.get("retry-after")]).toEqual([429, "1"]);

    await control(harness, "/faults", { endpoints: { "*": { dropRate: 1 } } }, "PUT");
    await expect(harness.api.createSession()).rejects.toThrow();
  });

  it("adds latency to answers and delays webhook deliveries", async () => {
    harness = await startHarness();
    await control(
      harness,
      "/faults",
      { endpoints: { "POST /sessions": { latencyMs: 300 } }, webhooks: { delayMs: 300 } },
      "PUT",
    );
    const started = performance.now();
    expect((await harness.api.createSession()).status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);

    const sent = performance.now();
    const sessionId = (
      await harness.api.call("POST", "/sessions/validate-registry", {
        body: JSON.stringify({ verification: { person: { idNumber: "38001085718" } } }),
      })
    ).json.verification.id;
    await eventually(() => expect(harness!.received.some((hook) => hook.body.id === sessionId)).toBe(true));
    expect(performance.now() - sent).toBeGreaterThanOrEqual(300);
  });

  it("fails the same calls again for the same seed", async () => {
    harness = await startHarness();
    const run = async () => {
      await control(harness!, "/faults", { seed: 42, endpoints: { "POST /sessions": { status500Rate: 0.5 } } }, "PUT");
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await harness!.api.createSession()).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(201);
    expect(await run()).toEqual(first);
  });
});
