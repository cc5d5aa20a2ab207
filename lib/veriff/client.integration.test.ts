// The client against the emulator over real HTTP: every function, faults,
// key rotation and forged answers.
import { afterEach, describe, expect, it } from "vitest";
import {
  API_KEY,
  eventually,
  type Harness,
  OLD_SECRET,
  png,
  SECRET,
  SEED_JPEG_BASE64,
  startHarness,
} from "../../emulator/test/harness";
import { createVeriffClient } from "./client";
import type { VeriffConfig } from "./http";

let harness: Harness;
afterEach(() => harness?.close());

function clientFor(h: Harness, overrides: Partial<VeriffConfig> = {}) {
  return createVeriffClient({
    apiUrl: `${h.baseUrl}/v1`,
    apiKey: API_KEY,
    sharedSecrets: [SECRET],
    timeoutMs: 2_000,
    uploadTimeoutMs: 5_000,
    maxAttempts: 4,
    compressUploads: true,
    sleep: async () => {},
    ...overrides,
  });
}

const faults = (h: Harness, settings: unknown) =>
  fetch(`${h.baseUrl}/__emulator/faults`, { method: "PUT", body: JSON.stringify(settings) });
const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
const submits = (h: Harness, sessionId: string) =>
  h.emulator.webhooks.deliveries.filter(
    (delivery) => delivery.sessionId === sessionId && JSON.parse(delivery.body).code === 7002,
  ).length;

describe("every endpoint", () => {
  it("creates, uploads (gzipped), sends collected data, submits and reads everything back", async () => {
    harness = await startHarness({ decisionDelayMs: 0 });
    const veriff = clientFor(harness);
    const created = await veriff.createSession({
      person: { firstName: "Jane", lastName: "Doe" },
      document: { type: "PASSPORT", country: "EE" },
      vendorData: "user-1",
      endUserId: "0b5e1e6a-5a8e-4b8a-9d3a-2f1c1c7e9b10",
    });
    const sessionId = created.verification.id;
    expect(created.verification.status).toBe("created");

    const front = await veriff.uploadImage(sessionId, {
      context: "document-front-pre",
      mimetype: "image/jpeg",
      bytes: jpeg,
      capturedAt: new Date(),
    });
    await veriff.uploadImage(sessionId, { context: "document-front", mimetype: "image/png", bytes: png(1920, 1080) });
    const nfc = await veriff.uploadNfc(sessionId, { com: "AQID", sod: "BAUG", dg1: "BwgJ", dg2: "CgsM" });
    expect([front.context, nfc.context]).toEqual(["document-front-pre", "document-nfc"]);
    await veriff.sendCollectedData(sessionId, {
      providerName: "veriff-capture",
      network: { ip: { addressV4: "203.0.113.7" } },
      device: { fingerprint: "abc123" },
      browser: { language: "en-GB", userAgent: "Mozilla/5.0", timezone: "Europe/Tallinn" },
    });
    expect(await veriff.submitSession(sessionId)).toMatchObject({ via: "answered" });

    const decision = await eventually(async () => {
      const read = await veriff.getDecision(sessionId);
      expect(read.verification).not.toBeNull();
      return read.verification;
    });
    expect(decision).toMatchObject({ id: sessionId, status: "approved", code: 9001 });
    expect((await veriff.getPerson(sessionId)).person).toMatchObject({ firstName: "Jane" });
    expect(await veriff.getWatchlistScreening(sessionId)).toMatchObject({ data: { matchStatus: "no_match" } });
    const media = await veriff.listSessionMedia(sessionId);
    expect(media.images.map((image) => image.context)).toEqual([
      "document-front-pre",
      "document-front",
      "document-nfc",
    ]);
    const attempts = await veriff.listAttempts(sessionId);
    const attemptId = attempts.verifications[0]!.id;
    expect((await veriff.listAttemptMedia(attemptId)).images).toHaveLength(3);
    const file = await veriff.getMediaFile(front.id);
    expect([file.contentType, file.bytes.equals(jpeg)]).toEqual(["image/jpeg", true]);
    for (const kind of ["ine-registry", "curp-registry", "combined-ine-curp-registry"] as const) {
      expect(await veriff.getRegistryResult(sessionId, kind)).toMatchObject({ data: { result: "not_applicable" } });
    }
    const registry = await veriff.validateRegistry({ person: { idNumber: "38001085718" } });
    expect(registry.verification.id).toBeTruthy();
    await veriff.deleteSession(sessionId);
    await expect(veriff.getDecision(sessionId)).rejects.toMatchObject({ kind: "http", status: 404, permanent: true });
  });
});

describe("resilience", () => {
  it("submits once when the answer to a submit is lost, confirming by reading the session", async () => {
    harness = await startHarness({ decisionDelayMs: 60_000 });
    const veriff = clientFor(harness);
    const sessionId = (await veriff.createSession({})).verification.id;
    await veriff.uploadImage(sessionId, { context: "face", mimetype: "image/jpeg", bytes: jpeg });
    await faults(harness, { endpoints: { "PATCH /sessions/{id}": { dropResponseRate: 1 } } });
    expect(await veriff.submitSession(sessionId)).toMatchObject({ via: "confirmed" });
    await eventually(() => expect(submits(harness, sessionId)).toBe(1));
    expect(harness.emulator.session(sessionId)?.attempts).toHaveLength(1);
  });

  it("sends a refused submit again only after reading that it did not land, and never twice", async () => {
    harness = await startHarness({ decisionDelayMs: 60_000 });
    const veriff = clientFor(harness);
    const sessionId = (await veriff.createSession({})).verification.id;
    await veriff.uploadImage(sessionId, { context: "face", mimetype: "image/jpeg", bytes: jpeg });
    await faults(harness, { endpoints: { "PATCH /sessions/{id}": { status500Rate: 1 } } });
    await expect(veriff.submitSession(sessionId)).rejects.toMatchObject({
      kind: "http",
      status: 500,
      outcomeUnknown: true,
    });
    expect(harness.emulator.session(sessionId)?.status).toBe("started");

    await faults(harness, { endpoints: {} });
    expect(await veriff.submitSession(sessionId)).toMatchObject({ via: "answered" });
    await eventually(() => expect(submits(harness, sessionId)).toBe(1));
    expect(harness.emulator.session(sessionId)?.status).toBe("submitted");
  });

  it("gets uploads and reads through 500s, 429s and dropped connections", async () => {
    harness = await startHarness();
    const veriff = clientFor(harness, { maxAttempts: 8 });
    const sessionId = (await veriff.createSession({})).verification.id;
    await faults(harness, {
      seed: 11,
      endpoints: { "*": { status500Rate: 0.25, status429Rate: 0.15, dropRate: 0.15 } },
    });
    for (let frame = 0; frame < 6; frame++) {
      await veriff.uploadImage(sessionId, {
        context: frame % 2 ? "face" : "face-pre",
        mimetype: "image/jpeg",
        bytes: jpeg,
      });
    }
    expect((await veriff.listSessionMedia(sessionId)).images.length).toBeGreaterThanOrEqual(6);
    expect((await veriff.getDecision(sessionId)).verification).toBeNull();
  });

  it("gives up on a read that outlasts its timeout, with a timeout error", async () => {
    harness = await startHarness();
    const veriff = clientFor(harness, { timeoutMs: 100, maxAttempts: 2 });
    const sessionId = (await veriff.createSession({})).verification.id;
    await faults(harness, { endpoints: { "GET /sessions/{id}/decision": { latencyMs: 400 } } });
    await expect(veriff.getDecision(sessionId)).rejects.toMatchObject({ kind: "timeout", outcomeUnknown: true });
  });
});

describe("signatures", () => {
  it("refuses every answer signed with a key it does not hold", async () => {
    harness = await startHarness();
    const veriff = clientFor(harness, { sharedSecrets: [SECRET, OLD_SECRET].map((secret) => `${secret}-other`) });
    await expect(veriff.createSession({})).rejects.toMatchObject({ kind: "signature" });
  });

  it("signs with the first key and accepts answers signed with any configured key (rotation)", async () => {
    // The emulator's master is still the old key; the app already signs with the new one.
    harness = await startHarness({ sharedSecrets: [OLD_SECRET, SECRET] });
    const veriff = clientFor(harness, { sharedSecrets: [SECRET, OLD_SECRET] });
    const sessionId = (await veriff.createSession({})).verification.id;
    expect((await veriff.getDecision(sessionId)).verification).toBeNull();
  });
});
