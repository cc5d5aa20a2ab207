// POST /api/sessions's returnUrl and language: checked when the session is
// created, stored with it, and given to the capture page while still allowed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "@/emulator/test/harness";
import { db } from "@/lib/db";
import { exportEnv } from "@/lib/env";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { GET as stateRoute } from "../capture/[token]/route";
import { POST as createSessionRoute } from "./route";

let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());
beforeEach(() => exportEnv({ APP_RETURN_ORIGINS: "https://shop.example.com,http://localhost:5173" }));

const PASSPORT = { document: { type: "PASSPORT", country: "EE" } };

async function create(body: Record<string, unknown>) {
  const response = await createSessionRoute(
    integratorRequest("http://app/api/sessions", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...PASSPORT, ...body }),
    }),
    {},
  );
  return { status: response.status, body: await response.json() };
}

async function state(captureUrl: string) {
  const token = new URL(captureUrl).pathname.split("/").pop()!;
  const response = await stateRoute(new Request(`http://app/api/capture/${token}`), {
    params: Promise.resolve({ token }),
  });
  return response.json();
}

const veriffSessions = () => harness.emulator.store.sessions.size;

describe("POST /api/sessions: returnUrl", () => {
  it("stores a URL on an allowed origin, as parsed, and the capture state offers it with the session's id", async () => {
    const created = await create({ returnUrl: "https://SHOP.example.com:443/kyc/done?ref=42#top" });
    expect(created.status).toBe(201);
    const row = await db().verificationSession.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.returnUrl).toBe("https://shop.example.com/kyc/done?ref=42#top");
    expect(await state(created.body.captureUrl)).toMatchObject({
      sessionId: created.body.id,
      returnUrl: "https://shop.example.com/kyc/done?ref=42#top",
    });
  });

  it("offers the way back only while its origin is still allowed", async () => {
    const created = await create({ returnUrl: "http://localhost:5173/back" });
    expect((await state(created.body.captureUrl)).returnUrl).toBe("http://localhost:5173/back");
    exportEnv({ APP_RETURN_ORIGINS: "https://shop.example.com" });
    expect((await state(created.body.captureUrl)).returnUrl).toBeNull();
    // The row keeps it: putting the origin back brings the way back.
    exportEnv({ APP_RETURN_ORIGINS: "http://localhost:5173" });
    expect((await state(created.body.captureUrl)).returnUrl).toBe("http://localhost:5173/back");
  });

  it("refuses a URL on an origin not allowed with 400 return_url_not_allowed, before anything is created", async () => {
    const before = [await db().verificationSession.count(), veriffSessions()];
    for (const returnUrl of [
      "https://evil.example/done",
      "https://shop.example.com.evil.example/",
      "https://shop.example.com@evil.example/",
      "https://user:secret@shop.example.com/",
      "http://shop.example.com/done",
      "https://shop.example.com:8443/done",
    ]) {
      const refused = await create({ returnUrl });
      expect([refused.status, refused.body.error.code], returnUrl).toEqual([400, "return_url_not_allowed"]);
    }
    exportEnv({ APP_RETURN_ORIGINS: "" });
    const noneAllowed = await create({ returnUrl: "https://shop.example.com/done" });
    expect([noneAllowed.status, noneAllowed.body.error.code]).toEqual([400, "return_url_not_allowed"]);
    expect([await db().verificationSession.count(), veriffSessions()]).toEqual(before);
  });

  it("refuses what is no http(s) URL as invalid_request naming returnUrl", async () => {
    const before = veriffSessions();
    for (const returnUrl of [
      "javascript:alert(document.cookie)",
      "javascript://shop.example.com/%0aalert(1)",
      "data:text/html,hi",
      "/relative/path",
      "not a url",
      `https://shop.example.com/${"x".repeat(2048)}`,
      42,
    ]) {
      const refused = await create({ returnUrl });
      expect([refused.status, refused.body.error.code, refused.body.error.fields], String(returnUrl)).toEqual([
        400,
        "invalid_request",
        ["returnUrl"],
      ]);
    }
    expect(veriffSessions()).toBe(before);
  });

  it("stores none when none is given, and the page offers none", async () => {
    const created = await create({});
    expect(created.status).toBe(201);
    const row = await db().verificationSession.findUniqueOrThrow({ where: { id: created.body.id } });
    expect([row.returnUrl, row.language]).toEqual([null, null]);
    expect((await state(created.body.captureUrl)).returnUrl).toBeNull();
  });
});

describe("POST /api/sessions: language", () => {
  it("stores each language the app speaks", async () => {
    for (const language of ["de", "es", "fr", "et", "pt", "ar"]) {
      const created = await create({ language });
      expect(created.status, language).toBe(201);
      const row = await db().verificationSession.findUniqueOrThrow({ where: { id: created.body.id } });
      expect(row.language, language).toBe(language);
    }
  });

  it("refuses one it does not speak as invalid_request naming language", async () => {
    for (const language of ["it", "DE", "de-DE", "ar-EG", "", 7]) {
      const refused = await create({ language });
      expect([refused.status, refused.body.error.code, refused.body.error.fields], String(language)).toEqual([
        400,
        "invalid_request",
        ["language"],
      ]);
    }
  });
});
