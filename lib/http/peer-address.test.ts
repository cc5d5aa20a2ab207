// The stamp against a real Node HTTP server: what a request handler sees, whatever the client sent.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, stampedPeerAddress, stampPeerAddresses } from "./peer-address";

let server: http.Server;
let port: number;

beforeAll(async () => {
  stampPeerAddresses();
  server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string") headers.set(name, value);
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ raw: request.headers[PEER_ADDRESS_HEADER], peer: stampedPeerAddress(headers) }));
  });
  // Both families, as `next start` listens.
  await new Promise<void>((resolve) => server.listen(0, "::", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function ask(host: string, headers: Record<string, string> = {}) {
  return (await (await fetch(`http://${host}:${port}/`, { headers })).json()) as { raw: string; peer: string | null };
}

describe("stampPeerAddresses", () => {
  it("stamps the socket's address on every request, over any copy the client sent", async () => {
    expect((await ask("127.0.0.1")).peer).toBe("::ffff:127.0.0.1");
    expect((await ask("[::1]")).peer).toBe("::1");
    const forged = await ask("127.0.0.1", { [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" });
    expect(forged.peer).toBe("::ffff:127.0.0.1");
    expect(forged.raw).toMatch(/^[0-9a-f]{32} ::ffff:127\.0\.0\.1$/);
  });
});
