import { describe, expect, it } from "vitest";
import { sign, verify } from "./signature";

// The test vectors from Veriff's documentation (shared/veriff-api.md).
const SECRET = "abcdef12-abcd-abcd-abcd-abcdef012345";
const BODY =
  '{"verification":{"callback":"https://veriff.com","person":{"firstName":"John","lastName":"Smith"},"document":{"type":"PASSPORT","country":"EE"},"vendorData":"unique id of a user","timestamp":"2016-05-19T08:30:25.597Z"}}';
const BODY_SIGNATURE = "6af6d95822e19e9cc707aec55395d8d363ba2c7bc4625bc04ebeca0c7bf8cd67";
const SESSION_ID = "aea9ba6d-1b47-47fc-a4fc-f72b6d3584a7";
const SESSION_ID_SIGNATURE = "895cb3fd31139d89aeb7b263682e15479ab57651e70591256ad2c14fde4950dd";

describe("sign", () => {
  it("matches Veriff's test vectors for a body and for a path id", () => {
    expect(sign(SECRET, BODY)).toBe(BODY_SIGNATURE);
    expect(sign(SECRET, Buffer.from(BODY))).toBe(BODY_SIGNATURE);
    expect(sign(SECRET, SESSION_ID)).toBe(SESSION_ID_SIGNATURE);
  });
});

describe("verify", () => {
  it("accepts the vectors in lower- or uppercase hex and says which key matched", () => {
    expect(verify([SECRET], BODY, BODY_SIGNATURE)).toEqual({ ok: true, keyIndex: 0 });
    expect(verify(["other-secret-0123456789", SECRET], SESSION_ID, SESSION_ID_SIGNATURE.toUpperCase())).toEqual({
      ok: true,
      keyIndex: 1,
    });
  });

  it("refuses a signature over other bytes, a malformed one and a missing one", () => {
    expect(verify([SECRET], `${BODY} `, BODY_SIGNATURE)).toEqual({ ok: false, reason: "mismatch" });
    expect(verify([SECRET], BODY, `sha256=${BODY_SIGNATURE}`)).toEqual({ ok: false, reason: "malformed" });
    expect(verify([SECRET], BODY, BODY_SIGNATURE.slice(1))).toEqual({ ok: false, reason: "malformed" });
    expect(verify([SECRET], BODY, undefined)).toEqual({ ok: false, reason: "missing" });
    expect(verify([SECRET], BODY, "")).toEqual({ ok: false, reason: "missing" });
  });
});
