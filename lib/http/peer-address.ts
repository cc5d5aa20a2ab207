// The address at the other end of a request's TCP connection, for route handlers.
//
// Next.js 16 gives a route handler a Request without its socket (there is no
// `request.ip`), and the only trace of the peer it leaves is X-Forwarded-For,
// which it fills from the socket only when the client sent none
// (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
// next/dist/server/base-server.js): a client that sends its own keeps it,
// verbatim, and the socket's address is then lost. So the peer is stamped on
// the request here, from Node's `http.server.request.start` diagnostics
// channel, which Node publishes for every request before the server's
// 'request' event, that is before Next.js reads anything.
//
// The stamp carries a random key of this process. A client may send the header
// itself, and a request that came in while the server was starting, before
// this hook was installed, would keep the client's copy: without the key it
// counts for nothing.
// Loaded by instrumentation.ts outside React's server build, so no "server-only" here.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

export const PEER_ADDRESS_HEADER = "x-capture-peer-address";

const KEY = Symbol.for("veriff-capture.peer-address-key");
const INSTALLED = Symbol.for("veriff-capture.peer-address-installed");
// Route handlers and instrumentation.ts are bundled apart but share the process, and so globalThis.
const shared = globalThis as typeof globalThis & { [KEY]?: string; [INSTALLED]?: boolean };

/** The header value that vouches, in this process, for `address` as the request's peer. */
export function peerAddressStamp(address: string): string {
  return `${processKey()} ${address}`;
}

/** The peer address this process stamped on the request, or null (none, or not stamped by us). */
export function stampedPeerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_ADDRESS_HEADER);
  const space = value ? value.indexOf(" ") : -1;
  if (!value || space < 0) return null;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(processKey());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1);
}

/** Stamps every request this process serves from now on with its peer's address (instrumentation.ts, once). */
export function stampPeerAddresses(): void {
  if (shared[INSTALLED]) return;
  shared[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const address = request.socket.remoteAddress;
    // Overwrites any copy the client sent; a socket already gone has no address, and then no stamp.
    if (address) request.headers[PEER_ADDRESS_HEADER] = peerAddressStamp(address);
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}

function processKey(): string {
  shared[KEY] ??= randomBytes(16).toString("hex");
  return shared[KEY];
}
