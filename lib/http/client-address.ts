import "server-only";
import { isIPv4, isIPv6 } from "node:net";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { stampedPeerAddress } from "./peer-address";

/**
 * The address of the client that sent the request, or null when it cannot be
 * trusted. The one answer for everything that depends on it: sign-in limits
 * (ours and Better Auth's), the device data sent to Veriff, rate limits.
 *
 * `TRUSTED_PROXY_HOPS` (`hops`) says where it is:
 * - 0: the app is reached directly, so the client is the TCP peer
 *   (lib/http/peer-address.ts). X-Forwarded-For is then whatever the client
 *   wrote and is never read.
 * - N: N reverse proxies each append the address they received the request
 *   from, so the last N entries are theirs to vouch for and the client is the
 *   N-th from the right. Entries to its left are the client's own words.
 *   Fewer than N entries: the request did not come through all the proxies.
 */
export function clientAddress(headers: Headers, hops: number = serverEnv().TRUSTED_PROXY_HOPS): string | null {
  if (hops === 0) {
    const peer = stampedPeerAddress(headers);
    if (!peer) warnUnstampedOnce();
    return normalizeAddress(peer);
  }
  // Node caps a request's headers at 16 KB, which bounds this split.
  const entries = (headers.get("x-forwarded-for") ?? "").split(",");
  if (entries.length < hops) return null;
  return normalizeAddress(entries[entries.length - hops]);
}

/**
 * One spelling per address, or null for anything that is not one: IPv4 as
 * is, IPv6 in lower case without a zone, an IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`, how a dual-stack socket reports an IPv4 client) as
 * IPv4. A port that some proxies append (`192.0.2.1:5123`, `[2001:db8::1]:443`)
 * is dropped.
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let address = raw?.trim();
  if (!address || address.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (isIPv4(address)) return address;
  address = address.replace(/%.*$/, "").toLowerCase();
  if (!isIPv6(address)) return null;
  const mapped = /^::ffff:([\d.]+)$/.exec(address)?.[1];
  return mapped && isIPv4(mapped) ? mapped : address;
}

/**
 * The block a limit per address should count: the address itself for IPv4,
 * its /64 for IPv6, since one subscriber is usually given a whole /64 and
 * could otherwise step through addresses at will (Better Auth groups the
 * same way).
 */
export function addressGroup(address: string): string {
  if (!address.includes(":")) return address;
  const prefix = expandIPv6(address)
    .slice(0, 4)
    .map((hextet) => hextet.replace(/^0+(?=.)/, ""));
  return `${prefix.join(":")}::/64`;
}

/** The eight hextets of a valid IPv6 address (a trailing dotted IPv4 part counts as two). */
function expandIPv6(address: string): string[] {
  const dotted = /^(.*:)(\d+\.[\d.]+)$/.exec(address);
  let text = address;
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[2]!.split(".").map(Number);
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array<string>(8 - left.length - right.length).fill("0");
  return (tail === undefined ? left : [...left, ...zeros, ...right]).map((hextet) => hextet.padStart(4, "0"));
}

const warned = globalThis as typeof globalThis & { unstampedPeerWarned?: boolean };

/**
 * A request with no peer stamp while TRUSTED_PROXY_HOPS is 0: the stamping
 * hook (instrumentation.ts) is not running, so every client would share one
 * address. Said once per process, for the operator.
 */
function warnUnstampedOnce(): void {
  if (warned.unstampedPeerWarned) return;
  warned.unstampedPeerWarned = true;
  log().warn("a request arrived without the peer address stamp: per-address limits cannot tell clients apart");
}
