// The integrator's status endpoints against a real PostgreSQL: who may read,
// what a session says (and never says), pages both ways with filters, and
// cursors that are not ours. Every answer is checked against the OpenAPI document.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "@/emulator/test/harness";
import type { SessionPageAnswer, SessionStatusAnswer } from "@/lib/contracts/integrator-api";
import { db } from "@/lib/db";
import { documented } from "@/scripts/test-support/openapi-answers";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { GET as readRoute } from "./[id]/route";
import { POST as createRoute, GET as listRoute } from "./route";

const createSession = documented("post", "/api/sessions", createRoute);
const listSessions = documented("get", "/api/sessions", listRoute);
const readSession = documented("get", "/api/sessions/{id}", readRoute);

let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

const WRONG_KEY = "wrong-key-0123456789abcdef0123456789";
const get = (url: string, key?: string) => integratorRequest(`http://app${url}`, { method: "GET" }, key);
const read = (id: string, key?: string) =>
  readSession(get(`/api/sessions/${encodeURIComponent(id)}`, key), { params: Promise.resolve({ id }) });
const list = (query: Record<string, string>, key?: string) =>
  listSessions(get(`/api/sessions?${new URLSearchParams(query)}`, key), {});
const page = async (query: Record<string, string>) => {
  const response = await list(query);
  expect(response.status).toBe(200);
  return (await response.json()) as SessionPageAnswer;
};
const refusal = async (response: Response) => {
  const body = await response.json();
  return [response.status, body.error.code, body.error.fields];
};

describe("who may read", () => {
  it("refuses a missing or wrong key with 401 on both endpoints, and answers a key of APP_API_KEYS", async () => {
    const id = randomUUID();
    const anonymous = new Request(`http://app/api/sessions/${id}`);
    expect(await refusal(await readSession(anonymous, { params: Promise.resolve({ id }) }))).toEqual([
      401,
      "invalid_api_key",
      undefined,
    ]);
    expect(await refusal(await listSessions(new Request("http://app/api/sessions"), {}))).toEqual([
      401,
      "invalid_api_key",
      undefined,
    ]);
    expect((await refusal(await read(id, WRONG_KEY)))[0]).toBe(401);
    expect((await refusal(await list({}, WRONG_KEY)))[0]).toBe(401);
    expect((await refusal(await read(id)))[0]).toBe(404);
    expect((await list({})).status).toBe(200);
  });
});

describe("GET /api/sessions/{id}", () => {
  it("tells where a new session stands, as POST /api/sessions created it", async () => {
    const endUserId = randomUUID();
    const created = await createSession(
      integratorRequest("http://app/api/sessions", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: { type: "PASSPORT" }, vendorData: "order-7", endUserId }),
      }),
      {},
    );
    const session = (await created.json()) as { id: string; veriffSessionId: string; expiresAt: string };
    const response = await read(session.id);
    expect(response.status).toBe(200);
    const status = (await response.json()) as SessionStatusAnswer;
    expect(status).toEqual({
      id: session.id,
      veriffSessionId: session.veriffSessionId,
      status: "created",
      attemptNumber: 1,
      proofOfAddress: "none",
      vendorData: "order-7",
      endUserId,
      decision: null,
      uploads: [],
      createdAt: expect.any(String),
      consentedAt: null,
      submittedAt: null,
      decidedAt: null,
      expiresAt: session.expiresAt,
      captureLink: { expiresAt: session.expiresAt, open: true },
    });
    // The same session, in upper case: ids are UUIDs, not strings.
    expect((await read(session.id.toUpperCase())).status).toBe(200);
  });

  it("gives the decision in words and what Veriff holds, never personal data, images or media links", async () => {
    const createdAt = new Date("2002-03-04T05:06:07.089Z");
    const row = await db().verificationSession.create({
      data: {
        veriffSessionId: randomUUID(),
        status: "declined",
        attemptNumber: 2,
        createdAt,
        consentedAt: new Date(createdAt.getTime() + 1_000),
        submittedAt: new Date(createdAt.getTime() + 60_000),
        decidedAt: new Date(createdAt.getTime() + 120_000),
        captureTokenHash: randomUUID(),
        captureTokenExpiresAt: new Date(createdAt.getTime() + 86_400_000),
        decisionCode: 9102,
        decisionReasonCode: 102,
        decisionReason: "Suspected document tampering.",
        personFirstName: "Jane",
        personLastName: "Roe",
        personDateOfBirth: "1980-01-02",
        documentNumber: "X1234567",
        decisionData: { person: { firstName: "Jane" } },
      },
    });
    const upload = (attemptNumber: number, context: string, source: "camera" | "file", status = "acknowledged") => ({
      sessionId: row.id,
      attemptNumber,
      context,
      source,
      status: status as "acknowledged" | "failed" | "pending",
      veriffMediaId: status === "acknowledged" ? `https://veriff.example/media/${randomUUID()}` : null,
      mimeType: "image/jpeg",
      sizeBytes: 1000,
      sha256: "0".repeat(64),
    });
    await db().mediaUpload.createMany({
      data: [
        upload(1, "document-front", "camera"),
        upload(2, "document-front", "camera"),
        upload(2, "document-front", "file"),
        upload(2, "face", "camera"),
        upload(2, "face", "camera", "failed"),
        upload(2, "document-back", "camera", "pending"),
      ],
    });

    const response = await read(row.id);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      status: "declined",
      attemptNumber: 2,
      decision: { code: 9102, reasonCode: 102, reason: "The document appears to have been tampered with" },
      uploads: [
        { attempt: 1, context: "document-front", acknowledged: 1, sources: ["camera"] },
        { attempt: 2, context: "document-front", acknowledged: 2, sources: ["camera", "file"] },
        { attempt: 2, context: "face", acknowledged: 1, sources: ["camera"] },
      ],
      createdAt: "2002-03-04T05:06:07.089Z",
      consentedAt: "2002-03-04T05:06:08.089Z",
      submittedAt: "2002-03-04T05:07:07.089Z",
      decidedAt: "2002-03-04T05:08:07.089Z",
      expiresAt: "2002-03-11T05:06:07.089Z",
      captureLink: { expiresAt: "2002-03-05T05:06:07.089Z", open: false },
    });
    for (const secret of ["Jane", "Roe", "1980-01-02", "X1234567", "veriff.example", row.captureTokenHash!]) {
      expect(text).not.toContain(secret);
    }
  });

  it("is 404 session_not_found for an unknown id and for one that is not a UUID", async () => {
    for (const id of [randomUUID(), "not-a-uuid", "'; drop table verification_sessions; --", "0".repeat(10_000)]) {
      expect(await refusal(await read(id))).toEqual([404, "session_not_found", undefined]);
    }
  });
});

describe("GET /api/sessions", () => {
  // Sessions of this test's own end-user, on days no other test writes; pairs share a creation time.
  const endUserId = randomUUID();
  const statuses = ["approved", "declined", "submitted"] as const;
  let seeded: { id: string; createdAt: Date; status: string; vendorData: string }[];
  const newestFirst = (rows = seeded) =>
    [...rows]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
      .map((row) => row.id);

  beforeAll(async () => {
    const start = Date.parse("2002-06-07T00:00:00Z");
    seeded = Array.from({ length: 25 }, (_, index) => ({
      id: randomUUID(),
      createdAt: new Date(start + Math.floor(index / 2) * 60_000),
      status: statuses[index % 3]!,
      vendorData: `batch-${index % 2}`,
    }));
    await db().verificationSession.createMany({
      data: seeded.map((row) => ({
        ...row,
        endUserId,
        veriffSessionId: randomUUID(),
        status: row.status as (typeof statuses)[number],
      })),
    });
  });

  it("walks every session once, newest first, and back again, with the filter kept in its cursors", async () => {
    const pages: SessionPageAnswer[] = [await page({ endUserId, limit: "10" })];
    expect(pages[0]!.previousCursor).toBeNull();
    while (pages.at(-1)!.nextCursor)
      pages.push(await page({ endUserId, limit: "10", cursor: pages.at(-1)!.nextCursor! }));
    expect(pages.map((one) => one.sessions.length)).toEqual([10, 10, 5]);
    expect(pages.flatMap((one) => one.sessions.map((session) => session.id))).toEqual(newestFirst());
    expect(pages.flatMap((one) => one.sessions.map((session) => session.endUserId))).toEqual(Array(25).fill(endUserId));

    // From the last page, previousCursor gives back the second page, then the first, which has none.
    const second = await page({ endUserId, limit: "10", cursor: pages[2]!.previousCursor! });
    expect(second.sessions.map((session) => session.id)).toEqual(pages[1]!.sessions.map((session) => session.id));
    expect(second.nextCursor).not.toBeNull();
    const first = await page({ endUserId, limit: "10", cursor: second.previousCursor! });
    expect(first.sessions.map((session) => session.id)).toEqual(pages[0]!.sessions.map((session) => session.id));
    expect(first.previousCursor).toBeNull();
    // The limit may change between pages; the filters may not.
    const rest = await page({ endUserId, limit: "100", cursor: first.nextCursor! });
    expect(rest.sessions.map((session) => session.id)).toEqual(newestFirst().slice(10));
    expect(rest.nextCursor).toBeNull();
  });

  it("combines filters, each exact, through pages", async () => {
    const expected = seeded.filter((row) => row.status === "declined" && row.vendorData === "batch-1");
    const query = { endUserId, status: "declined", vendorData: "batch-1", limit: "2" };
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const one: SessionPageAnswer = await page(cursor ? { ...query, cursor } : query);
      ids.push(...one.sessions.map((session) => session.id));
      cursor = one.nextCursor;
    } while (cursor);
    expect(ids).toEqual(newestFirst(expected));
    expect(ids.length).toBeGreaterThan(2);

    const approved = await page({ endUserId, status: "approved", limit: "100" });
    expect(approved.sessions.map((session) => session.id)).toEqual(
      newestFirst(seeded.filter((row) => row.status === "approved")),
    );
    expect(await page({ endUserId, vendorData: "batch-" })).toEqual({
      sessions: [],
      nextCursor: null,
      previousCursor: null,
    });
    expect(await page({ endUserId: randomUUID() })).toMatchObject({ sessions: [], nextCursor: null });
  });

  it("lists every session without filters, newest first, a new one on the first page", async () => {
    const created = await createSession(
      integratorRequest("http://app/api/sessions", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: { type: "PASSPORT" } }),
      }),
      {},
    );
    const { id } = (await created.json()) as { id: string };
    const first = await page({ limit: "100" });
    expect(first.sessions.map((session) => session.id)).toContain(id);
    const next = first.nextCursor ? (await page({ limit: "100", cursor: first.nextCursor })).sessions : [];
    const keys = [...first.sessions, ...next].map((session) => [session.createdAt, session.id].join(" "));
    // Strictly descending by (created, id): no row twice, none out of order across the page boundary.
    for (let index = 1; index < keys.length; index++) expect(keys[index]! < keys[index - 1]!).toBe(true);
  });

  it("takes 20 by default and 100 at most", async () => {
    expect((await page({ endUserId })).sessions).toHaveLength(20);
    expect(await refusal(await list({ endUserId, limit: "101" }))).toEqual([400, "invalid_request", ["limit"]]);
  });

  it("refuses a cursor it did not give, and one given for other filters, with 400 invalid_cursor", async () => {
    const { nextCursor } = await page({ endUserId, limit: "5" });
    const decoded = JSON.parse(Buffer.from(nextCursor!, "base64url").toString());
    const forged = (changes: object) => Buffer.from(JSON.stringify({ ...decoded, ...changes })).toString("base64url");
    for (const cursor of [
      "garbage",
      "e30", // {}
      Buffer.from("not json").toString("base64url"),
      `${nextCursor}!`,
      forged({ v: 2 }),
      forged({ i: "not-a-uuid" }),
      forged({ t: "yesterday" }),
      forged({ w: "sideways" }),
      forged({ extra: 1 }),
    ]) {
      expect(await refusal(await list({ endUserId, cursor })), cursor).toEqual([400, "invalid_cursor", undefined]);
    }
    // Another listing's cursor: other filters, or none.
    const others: Record<string, string>[] = [{ endUserId: randomUUID() }, {}, { endUserId, status: "approved" }];
    for (const query of others) {
      expect(await refusal(await list({ ...query, cursor: nextCursor! }))).toEqual([400, "invalid_cursor", undefined]);
    }
    // Unchanged, it still works.
    expect((await page({ endUserId, limit: "5", cursor: nextCursor! })).sessions).toHaveLength(5);
  });

  it("refuses malformed and unknown parameters with 400 invalid_request, naming them", async () => {
    const cases: [string, string[]][] = [
      ["limit=0", ["limit"]],
      ["limit=ten", ["limit"]],
      ["status=finished", ["status"]],
      ["endUserId=42", ["endUserId"]],
      ["vendorData=", ["vendorData"]],
      [`cursor=${"a".repeat(257)}`, ["cursor"]],
      ["vendor_data=order-7", ["vendor_data"]],
      ["status=approved&status=declined", ["status"]],
    ];
    for (const [query, fields] of cases) {
      const response = await listSessions(get(`/api/sessions?${query}`), {});
      expect(await refusal(response), query).toEqual([400, "invalid_request", fields]);
    }
  });
});
