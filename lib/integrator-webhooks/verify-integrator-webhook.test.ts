import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signIntegratorWebhook, verifyIntegratorWebhook } from "./verify-integrator-webhook";

const SECRET = "integrator-secret-0123456789abcdef0123456789";
const OLD_SECRET = "integrator-old-secret-0123456789abcdef012345";
const body = Buffer.from('{"id":"e1","type":"session.decided","sequence":4}');
const now = Date.UTC(2026, 11, 3, 12, 0, 0);
const t = now / 1000;

describe("signIntegratorWebhook", () => {
  it("writes t=<unix>,v1=<hex HMAC-SHA256 of t + '.' + body>, as any HMAC tool computes it", () => {
    const expected = createHmac("sha256", SECRET).update(`${t}.${body.toString()}`).digest("hex");
    expect(signIntegratorWebhook(SECRET, body, t)).toBe(`t=${t},v1=${expected}`);
  });
});

describe("verifyIntegratorWebhook", () => {
  const header = signIntegratorWebhook(SECRET, body, t);

  it("accepts the exact bytes signed with a secret it holds, at any point of the tolerance window", () => {
    expect(verifyIntegratorWebhook(body, header, SECRET, { now })).toEqual({ ok: true, timestamp: t, secretIndex: 0 });
    expect(verifyIntegratorWebhook(body.toString(), header, [SECRET], { now: now + 300_000 }).ok).toBe(true);
    expect(verifyIntegratorWebhook(body, header, SECRET, { now: now - 300_000 }).ok).toBe(true);
  });

  it("refuses a body changed by one byte, or re-serialised", () => {
    const tampered = Buffer.from(body);
    tampered[tampered.length - 2] = "5".charCodeAt(0);
    expect(verifyIntegratorWebhook(tampered, header, SECRET, { now })).toEqual({
      ok: false,
      reason: "signature_mismatch",
    });
    const reserialised = JSON.stringify(JSON.parse(body.toString()), null, 1);
    expect(verifyIntegratorWebhook(reserialised, header, SECRET, { now }).ok).toBe(false);
  });

  it("refuses a replay once its timestamp is older than the tolerance, and one from the future", () => {
    expect(verifyIntegratorWebhook(body, header, SECRET, { now: now + 301_000 })).toEqual({
      ok: false,
      reason: "timestamp_out_of_tolerance",
    });
    expect(verifyIntegratorWebhook(body, header, SECRET, { now: now - 301_000 }).ok).toBe(false);
    expect(verifyIntegratorWebhook(body, header, SECRET, { now: now + 3_600_000, toleranceSeconds: 7_200 }).ok).toBe(
      true,
    );
  });

  it("refuses a timestamp changed without the signature (it is signed too)", () => {
    const moved = header.replace(`t=${t}`, `t=${t + 1}`);
    expect(verifyIntegratorWebhook(body, moved, SECRET, { now })).toMatchObject({ reason: "signature_mismatch" });
  });

  it("accepts every secret given, for rotation, and says which one verified", () => {
    const signedWithNew = signIntegratorWebhook(SECRET, body, t);
    expect(verifyIntegratorWebhook(body, signedWithNew, [OLD_SECRET, SECRET], { now })).toEqual({
      ok: true,
      timestamp: t,
      secretIndex: 1,
    });
    expect(verifyIntegratorWebhook(body, signedWithNew, [OLD_SECRET], { now })).toMatchObject({
      reason: "signature_mismatch",
    });
  });

  it("accepts a header with several v1 signatures when one of them verifies, and ignores other schemes", () => {
    const [, good] = header.split(",v1=");
    const several = `t=${t},v0=abc,v1=${"0".repeat(64)},v1=${good}`;
    expect(verifyIntegratorWebhook(body, several, SECRET, { now }).ok).toBe(true);
  });

  it("refuses missing and malformed headers before computing anything", () => {
    expect(verifyIntegratorWebhook(body, undefined, SECRET, { now })).toMatchObject({ reason: "missing_header" });
    expect(verifyIntegratorWebhook(body, "", SECRET, { now })).toMatchObject({ reason: "missing_header" });
    for (const bad of [
      `v1=${"a".repeat(64)}`,
      `t=${t}`,
      `t=${t},v1=xyz`,
      `t=${t},v1=${"a".repeat(63)}`,
      `t=12a,v1=${"a".repeat(64)}`,
      `t=${t},t=${t},v1=${"a".repeat(64)}`,
      `t=${t},v1=${"a".repeat(64)},${"x".repeat(2000)}`,
    ])
      expect(verifyIntegratorWebhook(body, bad, SECRET, { now })).toMatchObject({ reason: "malformed_header" });
  });
});
