// The rate limits as the routes apply them (lib/rate-limit/rules.ts), against
// a real PostgreSQL: 429 with Retry-After past a rule, per capture link, per
// client address (the trusted one, never a forged X-Forwarded-For) and per
// integrator key.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness } from "@/emulator/test/harness";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/http/peer-address";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { GET as stateRoute } from "./capture/[token]/route";
import { POST as createSessionRoute } from "./sessions/route";

let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

/** A request from `address` as this process's peer stamp vouches for it, with a forged X-Forwarded-For. */
const fromAddress = (url: string, address: string) =>
  new Request(url, {
    headers: { [PEER_ADDRESS_HEADER]: peerAddressStamp(address), "x-forwarded-for": `10.${Math.random()}` },
  });

/**
 * Sends until the first refusal: the answers let through before it, and the
 * refusal. The bucket refills while the requests run (a rule's limit per its
 * period), so a few more than the burst may pass; never fewer.
 */
async function untilRefused(rule: { limit: number }, send: () => Promise<Response>) {
  const passed: Response[] = [];
  for (let sent = 0; sent < rule.limit * 2; sent++) {
    const answer = await send();
    if (answer.status === 429) return { passed, refused: answer };
    passed.push(answer);
  }
  throw new Error(`no refusal in ${rule.limit * 2} requests`);
}

describe("capture routes", () => {
  it("answer 429 with Retry-After once one link has used its burst, and that link only", async () => {
    const token = `made-up-${randomUUID()}`;
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const get = (link: string) =>
      stateRoute(fromAddress(`http://app/api/capture/${link}`, address), { params: Promise.resolve({ token: link }) });
    const { passed, refused } = await untilRefused(RATE_LIMITS.captureToken, () => get(token));
    expect(passed.length).toBeGreaterThanOrEqual(RATE_LIMITS.captureToken.limit);
    expect(new Set(passed.map((answer) => answer.status))).toEqual(new Set([404]));
    expect([refused.headers.get("retry-after"), (await refused.json()).error.code]).toEqual(["1", "rate_limited"]);
    // Another link from the same address is not held back by this one.
    expect((await get(`made-up-${randomUUID()}`)).status).toBe(404);
  });

  it("count every link of one client address together, by the trusted address, not X-Forwarded-For", async () => {
    const address = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::1`;
    const neighbour = address.replace(/::1$/, "::2"); // the same /64
    let sent = 0;
    // Every other request from the neighbour in the same /64.
    const get = () => {
      const link = `made-up-${randomUUID()}`;
      const from = sent++ % 2 ? neighbour : address;
      return stateRoute(fromAddress(`http://app/api/capture/${link}`, from), {
        params: Promise.resolve({ token: link }),
      });
    };
    const { passed, refused } = await untilRefused(RATE_LIMITS.captureAddress, get);
    expect(passed.length).toBeGreaterThanOrEqual(RATE_LIMITS.captureAddress.limit);
    expect(passed.every((answer) => answer.status === 404)).toBe(true);
    expect((await refused.json()).error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("integrator API", () => {
  it("counts per API key once the key is known, and never counts a made-up key", async () => {
    const send = (key?: string) =>
      createSessionRoute(
        integratorRequest(
          "http://app/api/sessions",
          { headers: { "content-type": "application/json" }, body: "{}" },
          key,
        ),
        {},
      );
    const made = await send("made-up-key-0123456789abcdef0123456789");
    expect([made.status, (await made.json()).error.code]).toEqual([401, "invalid_api_key"]);
    // Refused bodies count too: they cost the app its work.
    const { passed, refused } = await untilRefused(RATE_LIMITS.integratorApiKey, () => send());
    expect(passed.length).toBeGreaterThanOrEqual(RATE_LIMITS.integratorApiKey.limit);
    expect(passed.every((answer) => answer.status === 400)).toBe(true);
    expect((await refused.json()).error.code).toBe("rate_limited");
  });
});
