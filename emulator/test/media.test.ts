import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, image, png, SEED_JPEG_BASE64, startHarness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const newSession = async (h = harness) =>
  (await h.api.createSession({ vendorData: "media-test" })).json.verification.id as string;

describe("POST /sessions/{id}/media", () => {
  it("stores an image with or without the data: prefix and answers with the documented shape", async () => {
    const sessionId = await newSession();
    const withPrefix = await harness.api.upload(sessionId, image("document-front", SEED_JPEG_BASE64));
    expect(withPrefix.status).toBe(200);
    expect(withPrefix.json).toEqual({
      status: "success",
      image: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: "document-front",
        context: "document-front",
        timestamp: null,
        size: Buffer.from(SEED_JPEG_BASE64, "base64").length,
        mimetype: "image/jpeg",
        url: `${harness.baseUrl}/v1/media/${withPrefix.json.image.id}`,
        sessionId,
      },
    });
    const bare = await harness.api.upload(sessionId, image("document-front-pre", SEED_JPEG_BASE64, ""));
    expect(bare.status).toBe(200);
  });

  it("returns the exact uploaded bytes from GET /media/{id}", async () => {
    const sessionId = await newSession();
    const bytes = png(640, 480);
    const uploaded = await harness.api.upload(sessionId, image("face", bytes, "data:image/png;base64,"));
    const mediaId = uploaded.json.image.id as string;
    const file = await harness.api.get(`/media/${mediaId}`, mediaId);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.raw.equals(bytes)).toBe(true);
  });

  it("reads the format from the bytes, not from the data: prefix", async () => {
    const sessionId = await newSession();
    const response = await harness.api.upload(sessionId, image("face", png(10, 10), "data:image/jpeg;base64,"));
    expect(response.json.image.mimetype).toBe("image/png");
    const notAnImage = await harness.api.upload(sessionId, image("face", Buffer.from("plain text, not a picture")));
    expect([notAnImage.status, notAnImage.json.code]).toEqual([400, "1104"]);
  });

  it("refuses bad image requests with Veriff's codes 1400-1403", async () => {
    const sessionId = await newSession();
    const cases: [unknown, string][] = [
      [{}, "1400"],
      [{ image: { context: "face", content: "data:image/jpeg;base64,@@not base64@@" } }, "1401"],
      [image("selfie", SEED_JPEG_BASE64), "1402"],
      [{ image: { context: "face" } }, "1403"],
      [{ image: { content: SEED_JPEG_BASE64 } }, "1403"],
    ];
    for (const [payload, code] of cases) {
      const response = await harness.api.upload(sessionId, payload);
      expect([response.status, response.json.code], JSON.stringify(payload).slice(0, 60)).toEqual([400, code]);
    }
  });

  it("refuses a malformed image timestamp (1202) but takes the seed's example timestamps", async () => {
    const sessionId = await newSession();
    const bad = await harness.api.upload(sessionId, {
      image: { ...image("face", SEED_JPEG_BASE64).image, timestamp: "yesterday" },
    });
    expect([bad.status, bad.json.code]).toEqual([400, "1202"]);
    const seed = await harness.api.upload(sessionId, {
      image: { ...image("face", SEED_JPEG_BASE64).image, timestamp: "2025-01-01T10:00:00Z" },
    });
    expect(seed.status).toBe(200);
  });

  it("ignores extra fields, as Veriff does for its own demo's", async () => {
    const sessionId = await newSession();
    const response = await harness.api.upload(sessionId, {
      image: { ...image("face", SEED_JPEG_BASE64).image, lang: "en", features: ["selfid"], frontState: "x" },
      timestamp: new Date().toISOString(),
    });
    expect(response.status).toBe(200);
  });

  it("refuses images whose longer side is over 1920 px in strict mode", async () => {
    const sessionId = await newSession();
    const atLimit = await harness.api.upload(
      sessionId,
      image("document-front", png(1920, 1080), "data:image/png;base64,"),
    );
    expect(atLimit.status).toBe(200);
    const over = await harness.api.upload(
      sessionId,
      image("document-front", png(2560, 1440), "data:image/png;base64,"),
    );
    expect([over.status, over.json.code]).toEqual([400, "1104"]);
    expect(over.json.message).toContain("2560 px");
  });

  it("accepts and flags oversized images when not strict", async () => {
    const lenient = await startHarness({ strict: false });
    try {
      const sessionId = await newSession(lenient);
      const response = await lenient.api.upload(
        sessionId,
        image("document-front", png(1440, 2560), "data:image/png;base64,"),
      );
      expect(response.status).toBe(200);
      const control = await (await fetch(`${lenient.baseUrl}/__emulator/sessions`)).json();
      expect(control.sessions[0].attempts[0].media[0]).toMatchObject({
        width: 1440,
        height: 2560,
        flags: ["longer side 2560 px is over 1920 px"],
      });
    } finally {
      await lenient.close();
    }
  });

  it("takes PDFs only when the integration has them enabled", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    const sessionId = await newSession();
    const refused = await harness.api.upload(sessionId, image("address-front", pdf, "data:application/pdf;base64,"));
    expect([refused.status, refused.json.code]).toEqual([400, "1104"]);
    const enabled = await startHarness({ pdfEnabled: true });
    try {
      const accepted = await enabled.api.upload(
        await newSession(enabled),
        image("address-front", pdf, "data:application/pdf;base64,"),
      );
      expect([accepted.status, accepted.json.image.mimetype]).toEqual([200, "application/pdf"]);
    } finally {
      await enabled.close();
    }
  });

  it("refuses an image over 24 MB of base64 and a PDF over 20 MB with 413", async () => {
    const sessionId = await newSession();
    // A valid PNG header followed by padding: over the limit in base64, under it in file bytes for a PDF.
    const bigImage = Buffer.concat([png(10, 10), Buffer.alloc(18 * 1024 * 1024 + 1)]);
    const image413 = await harness.api.upload(sessionId, image("face", bigImage, "data:image/png;base64,"));
    expect([image413.status, image413.json.message]).toEqual([413, "Image is larger than 24 MB in base64"]);

    const pdfs = await startHarness({ pdfEnabled: true });
    try {
      const pdfSession = await newSession(pdfs);
      const pdf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9)]);
      const accepted = await pdfs.api.upload(
        pdfSession,
        image("address-front", pdf(19 * 1024 * 1024), "data:application/pdf;base64,"),
      );
      expect(accepted.status).toBe(200);
      const refused = await pdfs.api.upload(
        pdfSession,
        image("address-front", pdf(20 * 1024 * 1024 + 1), "data:application/pdf;base64,"),
      );
      expect([refused.status, refused.json.message]).toEqual([413, "PDF is larger than 20 MB"]);
    } finally {
      await pdfs.close();
    }
  });

  it("answers 404 for an unknown session", async () => {
    const response = await harness.api.upload("00000000-0000-4000-8000-000000000000", image("face", SEED_JPEG_BASE64));
    expect(response.json).toEqual({ status: "fail", code: "1101", message: "Resource not found" });
    expect(response.status).toBe(404);
  });
});

describe("NFC data", () => {
  const group = (bytes: number) => Buffer.alloc(bytes, 7).toString("base64");

  it("stores com, sod, dg1 and dg2 and answers under nfcDocument", async () => {
    const sessionId = await newSession();
    const response = await harness.api.upload(sessionId, {
      nfcDocuments: { com: group(10), sod: group(20), dg1: group(30), dg2: group(40) },
    });
    expect(response.status).toBe(200);
    expect(response.json.nfcDocument).toMatchObject({
      context: "document-nfc",
      name: "document-nfc",
      size: 100,
      mimetype: "application/octet-stream",
    });
  });

  it("refuses a missing data group with 400 code 1410 (error key, as documented)", async () => {
    const sessionId = await newSession();
    const response = await harness.api.upload(sessionId, {
      nfcDocuments: { com: group(10), sod: group(10), dg1: group(10) },
    });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      status: "fail",
      code: "1410",
      error: "NFC data format is invalid or missing required fields",
    });
  });

  it("refuses more than 500 KB combined with 413 code 1412", async () => {
    const sessionId = await newSession();
    const response = await harness.api.upload(sessionId, {
      nfcDocuments: { com: group(1000), sod: group(1000), dg1: group(1000), dg2: group(500 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(response.json).toEqual({
      status: "fail",
      code: "1412",
      error: "NFC payload too large. Maximum size is 500KB",
    });
  });
});

describe("POST /sessions/{id}/collected-data", () => {
  const data = {
    providerName: "veriff-capture",
    network: { ip: { addressV4: "203.0.113.7" } },
    device: { fingerprint: "f1ngerpr1nt" },
    browser: { language: "en-GB", userAgent: "Mozilla/5.0", timezone: "Europe/Tallinn" },
  };

  it("accepts the required fields and stores them", async () => {
    const sessionId = await newSession();
    const response = await harness.api.call("POST", `/sessions/${sessionId}/collected-data`, {
      body: JSON.stringify(data),
    });
    expect([response.status, response.json]).toEqual([200, { status: "success" }]);
  });

  it("names missing required fields (1102) and refuses nulls (omit empty fields instead)", async () => {
    const sessionId = await newSession();
    const missing = await harness.api.call("POST", `/sessions/${sessionId}/collected-data`, {
      body: JSON.stringify({ providerName: "x" }),
    });
    expect([missing.status, missing.json.code]).toEqual([400, "1102"]);
    expect(missing.json.message).toContain("device.fingerprint");
    const withNull = await harness.api.call("POST", `/sessions/${sessionId}/collected-data`, {
      body: JSON.stringify({ ...data, browser: { ...data.browser, timezone: null } }),
    });
    expect([withNull.status, withNull.json.code]).toEqual([400, "1104"]);
  });
});
