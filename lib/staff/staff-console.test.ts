// The staff console's server side against a real PostgreSQL, Better Auth's
// real handler and the emulator over HTTP.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as mediaRoute } from "@/app/api/staff/sessions/[id]/media/[uploadId]/route";
import { GET as versionRoute } from "@/app/api/staff/sessions/[id]/version/route";
import { recordConsent } from "@/scripts/test-support/capture";
import { acceptFrame } from "@/scripts/test-support/capture";
import { findCapture } from "@/lib/capture/find-capture";
import { db } from "@/lib/db";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/http/peer-address";
import { createSession } from "@/lib/sessions/create-session";
import { purgeStaffLeftovers } from "@/lib/jobs/purge-staff-leftovers";
import { startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import type { StaffMember } from "./current-staff";
import { deleteSessionEverywhere, issueNewCaptureLink, refreshFromVeriff } from "./session-actions";
import { createStaffMember, removeStaffMember } from "./team";

const ORIGIN = "https://kyc.example.com";
const PASSWORD = "a-long-enough-password";
let harness: Harness;

beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

async function newStaff(role: "admin" | "agent"): Promise<StaffMember> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.com`;
  const created = await createStaffMember({ email, name: role, role, password: PASSWORD }, { by: "operator" });
  if (!created.ok) throw new Error(created.message);
  return { id: created.id, email, name: role, role };
}

/** A call over a connection from `ip` (stamped as lib/http/peer-address.ts does for a real socket). */
function authCall(path: string, body: unknown, ip = "198.51.100.1", headers: Record<string, string> = {}) {
  return authPost(
    new Request(`${ORIGIN}/api/auth/${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: ORIGIN,
        [PEER_ADDRESS_HEADER]: peerAddressStamp(ip),
        ...headers,
      },
      body: JSON.stringify(body),
    }),
    {},
  );
}

/** Signs in through Better Auth's handler; returns the Cookie header a browser would send. */
async function signIn(email: string, ip = `198.51.100.${Math.floor(Math.random() * 250) + 2}`): Promise<string> {
  const response = await authCall("sign-in/email", { email, password: PASSWORD }, ip);
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function sessionWithFrame() {
  const created = await createSession(
    { document: { type: "PASSPORT", country: "EE" }, vendorData: "staff-test" },
    "integrator",
  );
  const token = new URL(created.captureUrl).pathname.split("/").pop()!;
  expect((await recordConsent(token, "en", () => "I agree.")).ok).toBe(true);
  const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
  const frame = await acceptFrame(token, "document-front", "image/jpeg", jpeg);
  if (!frame.ok) throw new Error(frame.code);
  return { ...created, token, uploadId: frame.frame.id, jpeg };
}

describe("staff sign-in (Better Auth)", () => {
  it("signs a staff member in with email and password, with a database-backed session", async () => {
    const staff = await newStaff("agent");
    const cookie = await signIn(staff.email.toUpperCase());
    expect(cookie).toMatch(/^__Secure-staff\.session_token=/);
    expect(await db().staffSession.count({ where: { userId: staff.id } })).toBe(1);
    const session = await authGet(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie } }), {});
    expect((await session.json()).user).toMatchObject({ email: staff.email, role: "agent" });
  });

  it("stores only a scrypt hash of the password", async () => {
    const staff = await newStaff("agent");
    const account = await db().staffAccount.findFirstOrThrow({ where: { userId: staff.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("refuses a wrong password, sign-up, and a request from another origin", async () => {
    const staff = await newStaff("agent");
    expect(
      (await authCall("sign-in/email", { email: staff.email, password: "not-the-password!" }, "198.51.100.250")).status,
    ).toBe(401);
    const signUp = await authCall(
      "sign-up/email",
      { email: "intruder@example.com", password: PASSWORD, name: "x", role: "admin" },
      "198.51.100.251",
    );
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await db().staffUser.count({ where: { email: "intruder@example.com" } })).toBe(0);
    const crossSite = await authCall("sign-in/email", { email: staff.email, password: PASSWORD }, "198.51.100.252", {
      origin: "https://evil.example",
    });
    expect(crossSite.status).toBe(403);
  });

  it("limits sign-in attempts per address in Postgres: the sixth in a minute gets 429", async () => {
    const staff = await newStaff("agent");
    const ip = "203.0.113.99";
    const statuses = [];
    // Other accounts each time: only the limit per address applies (per account: lib/staff/sign-in-throttle.test.ts).
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push(
        (await authCall("sign-in/email", { email: `${attempt}-${staff.email}`, password: "wrong-password-123" }, ip))
          .status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await db().authRateLimit.count({ where: { key: { contains: ip } } })).toBe(1);
    // Another address is not affected.
    expect((await authCall("sign-in/email", { email: staff.email, password: PASSWORD }, "203.0.113.100")).status).toBe(
      200,
    );
  });

  it("serves only sign-in, sign-out and the session: Better Auth's other endpoints are 404", async () => {
    const staff = await newStaff("agent");
    const cookie = await signIn(staff.email);
    for (const path of [
      "update-user",
      "change-password",
      "change-email",
      "list-sessions",
      "request-password-reset",
      "delete-user",
      "sign-up/email",
    ]) {
      const response = await authCall(
        path,
        { role: "admin", name: "Admin", newPassword: "x".repeat(20), currentPassword: PASSWORD },
        "198.51.100.9",
        { cookie },
      );
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect(await db().staffUser.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({
      role: "agent",
      name: "agent",
    });
  });

  it("signs out: the session row is gone and the cookie no longer works", async () => {
    const staff = await newStaff("agent");
    const cookie = await signIn(staff.email);
    const out = await authCall("sign-out", {}, "198.51.100.1", { cookie });
    expect(out.status).toBe(200);
    expect(await db().staffSession.count({ where: { userId: staff.id } })).toBe(0);
    const session = await authGet(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie } }), {});
    expect(await session.json()).toBeNull();
  });
});

describe("staff API routes", () => {
  it("refuses anyone not signed in with 401", async () => {
    const { id, uploadId } = await sessionWithFrame();
    const forged = "__Secure-staff.session_token=forged.value";
    for (const cookie of [undefined, forged]) {
      const headers = cookie ? { cookie } : undefined;
      const media = await mediaRoute(new Request(`${ORIGIN}/api/staff/sessions/${id}/media/${uploadId}`, { headers }), {
        params: Promise.resolve({ id, uploadId }),
      });
      const version = await versionRoute(new Request(`${ORIGIN}/api/staff/sessions/${id}/version`, { headers }), {
        params: Promise.resolve({ id }),
      });
      expect([media.status, (await media.json()).error.code, version.status]).toEqual([401, "not_signed_in", 401]);
    }
  });

  it("shows staff an uploaded image fetched from Veriff, uncached, and records the view", async () => {
    const staff = await newStaff("agent");
    const cookie = await signIn(staff.email);
    const { id, uploadId, jpeg } = await sessionWithFrame();
    const response = await mediaRoute(
      new Request(`${ORIGIN}/api/staff/sessions/${id}/media/${uploadId}`, { headers: { cookie } }),
      {
        params: Promise.resolve({ id, uploadId }),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).equals(jpeg)).toBe(true);
    expect(
      await db().auditLogEntry.findMany({
        where: { sessionId: id },
        select: { actorEmail: true, action: true, details: true },
      }),
    ).toEqual([
      { actorEmail: staff.email, action: "session.viewed_image", details: { uploadId, context: "document-front" } },
    ]);
    // An upload of another session is not reachable through this one.
    const other = await sessionWithFrame();
    const crossed = await mediaRoute(
      new Request(`${ORIGIN}/api/staff/sessions/${id}/media/${other.uploadId}`, { headers: { cookie } }),
      {
        params: Promise.resolve({ id, uploadId: other.uploadId }),
      },
    );
    expect(crossed.status).toBe(404);
  });

  it("gives the session's version, which changes when something happens to it", async () => {
    const staff = await newStaff("agent");
    const cookie = await signIn(staff.email);
    const created = await createSession({ document: { type: "PASSPORT", country: "EE" } }, "integrator");
    const version = async () =>
      (
        await (
          await versionRoute(new Request(`${ORIGIN}/x`, { headers: { cookie } }), {
            params: Promise.resolve({ id: created.id }),
          })
        ).json()
      ).version;
    const token = new URL(created.captureUrl).pathname.split("/").pop()!;
    const atCreation = await version();
    await recordConsent(token, "en", () => "I agree.");
    const consented = await version();
    expect(consented).not.toBe(atCreation);
    expect((await acceptFrame(token, "face", "image/jpeg", Buffer.from(SEED_JPEG_BASE64, "base64"))).ok).toBe(true);
    expect(await version()).not.toBe(consented);
  });
});

describe("staff actions", () => {
  it("refreshes a session from Veriff: the decision is applied as the webhook would, and audited", async () => {
    const staff = await newStaff("agent");
    const { id, veriffSessionId } = await sessionWithFrame();
    harness.emulator.decide(harness.emulator.session(veriffSessionId)!, {
      status: "approved",
      code: 9001,
      reason: null,
      reasonCode: null,
    });
    expect(await refreshFromVeriff(staff, id)).toEqual({ ok: true, decided: true });
    expect(await db().verificationSession.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "approved",
      decisionCode: 9001,
    });
    expect(
      await db().sessionEvent.findFirst({
        where: { sessionId: id, type: "staff.refreshed" },
        select: { actor: true, data: true },
      }),
    ).toEqual({
      actor: "staff",
      data: { by: staff.email, decided: true },
    });
    expect(
      await db().auditLogEntry.count({ where: { sessionId: id, action: "session.refreshed", actorId: staff.id } }),
    ).toBe(1);
  });

  it("issues a new capture link: the old one stops working, the new one opens the same session", async () => {
    const staff = await newStaff("agent");
    const { id, token } = await sessionWithFrame();
    const result = await issueNewCaptureLink(staff, id);
    if (!result.ok) throw new Error(result.message);
    expect(result.url).toMatch(new RegExp(`^${ORIGIN}/capture/[\\w-]{43}$`));
    expect(await findCapture(token)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await findCapture(result.url.split("/").pop()!)).toMatchObject({ ok: true, session: { id } });
    expect(await db().auditLogEntry.count({ where: { sessionId: id, action: "session.new_capture_link" } })).toBe(1);
  });

  it("refuses a new link for a session that is decided", async () => {
    const staff = await newStaff("agent");
    const { id } = await sessionWithFrame();
    await db().verificationSession.update({ where: { id }, data: { status: "approved" } });
    expect(await issueNewCaptureLink(staff, id)).toMatchObject({ ok: false, code: "not_open" });
  });

  it("refuses an agent's delete whoever calls, and keeps the session in Veriff and here", async () => {
    const agent = await newStaff("agent");
    const { id, veriffSessionId } = await sessionWithFrame();
    expect(await deleteSessionEverywhere(agent, id)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(harness.emulator.session(veriffSessionId)).toBeDefined();
    expect(await db().verificationSession.count({ where: { id } })).toBe(1);
  });

  it("keeps the session here when Veriff refuses to delete it (its deletion limit)", async () => {
    const admin = await newStaff("admin");
    const { id, veriffSessionId } = await sessionWithFrame();
    harness.emulator.deletions.push(...Array.from({ length: 10 }, () => new Date())); // Veriff's limit: 5 an hour, 10 a day
    try {
      expect(await deleteSessionEverywhere(admin, id)).toMatchObject({ ok: false, code: "veriff_rate_limited" });
    } finally {
      harness.emulator.deletions.length = 0;
    }
    expect(harness.emulator.session(veriffSessionId)).toBeDefined();
    expect(await db().verificationSession.count({ where: { id } })).toBe(1);
  });

  it("deletes a session in Veriff and here; only the audit log remembers it", async () => {
    const admin = await newStaff("admin");
    const { id, veriffSessionId } = await sessionWithFrame();
    expect(await deleteSessionEverywhere(admin, id)).toEqual({ ok: true });
    expect(harness.emulator.session(veriffSessionId)).toBeUndefined();
    expect(await db().verificationSession.count({ where: { id } })).toBe(0);
    expect(await db().mediaUpload.count({ where: { sessionId: id } })).toBe(0);
    expect(
      await db().auditLogEntry.findFirst({
        where: { sessionId: id, action: "session.deleted" },
        select: { actorEmail: true, details: true },
      }),
    ).toEqual({
      actorEmail: admin.email,
      details: { veriffSessionId, status: "started" },
    });
  });
});

describe("team management", () => {
  it("removes a staff member and signs them out everywhere", async () => {
    const admin = await newStaff("admin");
    const agent = await newStaff("agent");
    const cookie = await signIn(agent.email);
    expect(await removeStaffMember(admin, agent.id)).toEqual({ ok: true, id: agent.id });
    const session = await authGet(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie } }), {});
    expect(await session.json()).toBeNull();
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const staff = await newStaff("agent");
    expect(
      await createStaffMember(
        { email: staff.email.toUpperCase(), name: "x", role: "agent", password: PASSWORD },
        { by: "operator" },
      ),
    ).toMatchObject({
      ok: false,
      code: "email_taken",
    });
  });
});

describe("background clean-up of sign-in leftovers", () => {
  it("removes expired staff sessions and idle rate-limit counters, and keeps the live ones", async () => {
    const staff = await newStaff("agent");
    const now = new Date("2030-06-01T12:00:00Z");
    const hour = 3_600_000;
    await db().staffSession.createMany({
      data: [
        { id: randomUUID(), token: randomUUID(), userId: staff.id, expiresAt: new Date(now.getTime() - hour) },
        { id: randomUUID(), token: randomUUID(), userId: staff.id, expiresAt: new Date(now.getTime() + hour) },
      ],
    });
    const idle = `idle-${randomUUID()}`;
    const recent = `recent-${randomUUID()}`;
    await db().authRateLimit.createMany({
      data: [
        { id: randomUUID(), key: idle, count: 3, lastRequest: BigInt(now.getTime() - 25 * hour) },
        { id: randomUUID(), key: recent, count: 3, lastRequest: BigInt(now.getTime() - hour) },
      ],
    });
    const ended = `ended-${randomUUID()}`;
    const open = `open-${randomUUID()}`;
    await db().staffSignInThrottle.createMany({
      data: [ended, open].map((key) => ({
        key,
        accountKey: key,
        failures: 3,
        windowEndsAt: new Date(now.getTime() + (key === ended ? -1 : 1) * 60_000),
        nextAttemptAt: new Date(now.getTime() + 60_000),
      })),
    });
    expect(await purgeStaffLeftovers(now)).toBeGreaterThanOrEqual(3);
    expect((await db().staffSession.findMany({ where: { userId: staff.id } })).map((row) => row.expiresAt)).toEqual([
      new Date(now.getTime() + hour),
    ]);
    expect(
      (await db().authRateLimit.findMany({ where: { key: { in: [idle, recent] } } })).map((row) => row.key),
    ).toEqual([recent]);
    expect(
      (await db().staffSignInThrottle.findMany({ where: { key: { in: [ended, open] } } })).map((row) => row.key),
    ).toEqual([open]);
  });
});
