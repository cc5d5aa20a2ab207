// Background jobs against a real PostgreSQL and the emulator, including two
// workers racing, in-process and as separate processes.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, type Harness, SECRET, startHarness } from "@/emulator/test/harness";
import { db } from "@/lib/db";
import { childProcessEnv, exportEnv, serverEnv } from "@/lib/env";
import { expireSessions } from "./expire-sessions";
import { PERSONAL_DATA_COLUMNS } from "@/lib/sessions/personal-data";
import { purgePersonalData } from "./purge-personal-data";
import { reconcileDecisions } from "./reconcile-decisions";

const DAY = 24 * 60 * 60 * 1000;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ decisionDelayMs: 60 * 60 * 1000 });
  exportEnv({
    VERIFF_API_URL: `${harness.baseUrl}/v1`,
    VERIFF_API_KEY: API_KEY,
    VERIFF_SHARED_SECRETS: SECRET,
    RECONCILE_AFTER_MINUTES: "15",
    RETENTION_DAYS: "90",
  });
});
afterAll(() => harness.close());

/** A session submitted in the emulator an hour ago whose decision webhook never arrived. */
async function submittedWithLostWebhook(decided: boolean) {
  const veriffSession = harness.emulator.store.createSession({
    createdAt: new Date(),
    vendorData: null,
    endUserId: null,
    callback: null,
    person: { firstName: "Jane" },
    document: {},
  });
  harness.emulator.submit(veriffSession);
  if (decided)
    harness.emulator.decide(veriffSession, { status: "approved", code: 9001, reason: null, reasonCode: null });
  const session = await db().verificationSession.create({
    data: {
      veriffSessionId: veriffSession.id,
      status: "submitted",
      submittedAt: new Date(Date.now() - 60 * 60 * 1000),
    },
  });
  return session.id;
}

const events = (sessionId: string, type: string) => db().sessionEvent.count({ where: { sessionId, type } });

describe("reconcileDecisions", () => {
  it("reads decisions back for sessions whose webhook never came, once however many workers race", async () => {
    const decided = await submittedWithLostWebhook(true);
    const pending = await submittedWithLostWebhook(false);
    const recent = await db().verificationSession.create({
      data: { veriffSessionId: randomUUID(), status: "submitted", submittedAt: new Date() },
    });

    const claims = await Promise.all([reconcileDecisions(), reconcileDecisions(), reconcileDecisions()]);
    expect(claims.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(2);
    expect(await db().verificationSession.findUniqueOrThrow({ where: { id: decided } })).toMatchObject({
      status: "approved",
      decisionCode: 9001,
      personFirstName: "Jane",
    });
    expect((await db().verificationSession.findUniqueOrThrow({ where: { id: pending } })).status).toBe("submitted");
    for (const id of [decided, pending]) expect(await events(id, "session.reconciled")).toBe(1);
    expect(await events(recent.id, "session.reconciled")).toBe(0);

    // Claimed sessions wait a full interval before being read again.
    await reconcileDecisions();
    expect(await events(pending, "session.reconciled")).toBe(1);
  });
});

describe("expireSessions", () => {
  it("expires sessions still open 7 days after creation, once, leaving decided ones alone", async () => {
    const old = new Date(Date.now() - 8 * DAY);
    const open = await db().verificationSession.create({ data: { status: "started", createdAt: old } });
    const decided = await db().verificationSession.create({ data: { status: "approved", createdAt: old } });
    await Promise.all([expireSessions(), expireSessions()]);
    expect((await db().verificationSession.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("expired");
    expect((await db().verificationSession.findUniqueOrThrow({ where: { id: decided.id } })).status).toBe("approved");
    expect(await events(open.id, "session.expired")).toBe(1);
  });
});

describe("purgePersonalData", () => {
  it("removes personal data of sessions decided longer ago than RETENTION_DAYS, keeping ids and statuses", async () => {
    const session = await db().verificationSession.create({
      data: {
        status: "approved",
        decidedAt: new Date(Date.now() - 91 * DAY),
        decisionCode: 9001,
        personFirstName: "Jane",
        personIdNumber: "38001085718",
        documentNumber: "AB123456",
        decisionData: { additionalVerifiedData: { driversLicenseCategory: "B" } },
        webhooks: {
          create: {
            dedupeKey: randomUUID().replaceAll("-", "").padEnd(64, "0"),
            kind: "decision",
            rawBody: new Uint8Array(Buffer.from('{"person":"Jane"}')),
            headers: {},
            verifiedKeyIndex: 0,
          },
        },
      },
    });
    const recent = await db().verificationSession.create({
      data: { status: "approved", decidedAt: new Date(), personFirstName: "John" },
    });
    await Promise.all([purgePersonalData(), purgePersonalData()]);
    expect(await db().verificationSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      status: "approved",
      decisionCode: 9001,
      personFirstName: null,
      personIdNumber: null,
      documentNumber: null,
      decisionData: null,
      purgedAt: expect.any(Date),
    });
    const { rawBody } = await db().webhookDelivery.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(Buffer.from(rawBody).toString()).toBe("[purged]");
    expect((await db().verificationSession.findUniqueOrThrow({ where: { id: recent.id } })).personFirstName).toBe(
      "John",
    );
  });
  it("blanks every column marked personal, a column added later included", async () => {
    // A new personal-data column, as a future migration would add it: listed, it is blanked too.
    await db().$executeRawUnsafe("alter table verification_sessions add column extra_personal_note text");
    try {
      const columns = [...Object.values(PERSONAL_DATA_COLUMNS), "extra_personal_note"];
      const session = await db().verificationSession.create({
        data: { status: "declined", decidedAt: new Date(Date.now() - 91 * DAY) },
      });
      const assignments = columns.map((column) => `"${column}" = ${column === "decision_data" ? "'{}'" : "'x'"}`);
      await db().$executeRawUnsafe(
        `update verification_sessions set ${assignments.join(", ")} where id = $1::uuid`,
        session.id,
      );
      await purgePersonalData(new Date(), columns);
      const [row] = await db().$queryRawUnsafe<Record<string, unknown>[]>(
        `select ${columns.map((column) => `"${column}"`).join(", ")} from verification_sessions where id = $1::uuid`,
        session.id,
      );
      expect(row).toEqual(Object.fromEntries(columns.map((column) => [column, null])));
    } finally {
      await db().$executeRawUnsafe("alter table verification_sessions drop column extra_personal_note");
    }
  });
});

describe("npm run worker", () => {
  it("two worker processes on one Postgres reconcile each session exactly once", async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => submittedWithLostWebhook(true)));
    const env = childProcessEnv({
      DATABASE_URL: serverEnv().DATABASE_URL,
      VERIFF_API_URL: `${harness.baseUrl}/v1`,
      VERIFF_API_KEY: API_KEY,
      VERIFF_SHARED_SECRETS: SECRET,
      LOG_LEVEL: "silent",
    });
    const worker = () =>
      promisify(execFile)(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts", "--once"],
        { env },
      );
    await Promise.all([worker(), worker()]);
    for (const id of ids) {
      expect(await events(id, "session.reconciled")).toBe(1);
      expect((await db().verificationSession.findUniqueOrThrow({ where: { id } })).status).toBe("approved");
    }
  });
});
