import { describe, expect, it } from "vitest";
import { addressGroup, clientAddress, normalizeAddress } from "./client-address";
import { PEER_ADDRESS_HEADER, peerAddressStamp, stampedPeerAddress } from "./peer-address";

/** Headers of a request whose TCP peer is `peer` (as lib/http/peer-address.ts stamps it), plus any given. */
function fromPeer(peer: string | null, headers: Record<string, string> = {}): Headers {
  return new Headers({ ...(peer ? { [PEER_ADDRESS_HEADER]: peerAddressStamp(peer) } : {}), ...headers });
}

describe("clientAddress", () => {
  it("hops 0: the TCP peer, whatever X-Forwarded-For says", () => {
    expect(clientAddress(fromPeer("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(fromPeer("203.0.113.9", { "x-forwarded-for": "198.51.100.1" }), 0)).toBe("203.0.113.9");
    expect(clientAddress(fromPeer("::ffff:127.0.0.1", { "x-forwarded-for": "1.2.3.4, 5.6.7.8" }), 0)).toBe("127.0.0.1");
  });

  it("hops 0: nothing without our stamp; a stamp the client wrote itself counts for nothing", () => {
    expect(clientAddress(fromPeer(null, { "x-forwarded-for": "198.51.100.1" }), 0)).toBeNull();
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.1" }), 0)).toBeNull();
    const forged = peerAddressStamp("198.51.100.1").replace(/^[0-9a-f]/, (digit) => (digit === "0" ? "1" : "0"));
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: forged }), 0)).toBeNull();
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "x 198.51.100.1" }), 0)).toBeNull();
    expect(stampedPeerAddress(fromPeer("198.51.100.1"))).toBe("198.51.100.1");
  });

  it("hops 1: the entry the one proxy appended, not the ones the client sent before it", () => {
    const headers = fromPeer("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(headers, 1)).toBe("203.0.113.9");
    expect(clientAddress(fromPeer("10.0.0.2", { "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("hops 2: the second entry from the right", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6,203.0.113.9 , 10.0.0.1" });
    expect(clientAddress(headers, 2)).toBe("203.0.113.9");
    // Two header lines are one list (Node joins them with ", ").
    const lines = new Headers([
      ["x-forwarded-for", "6.6.6.6, 203.0.113.9"],
      ["x-forwarded-for", "10.0.0.1"],
    ]);
    expect(clientAddress(lines, 2)).toBe("203.0.113.9");
  });

  it("hops N: nothing when the header is missing or shorter than the chain of proxies", () => {
    expect(clientAddress(new Headers(), 1)).toBeNull();
    expect(clientAddress(new Headers(), 2)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), 2)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "" }), 1)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9,,10.0.0.1" }), 2)).toBeNull();
  });

  it("IPv6, mapped IPv4 and garbage at the trusted position", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "2001:DB8::1" }), 1)).toBe("2001:db8::1");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::FFFF:192.0.2.1, 10.0.0.1" }), 2)).toBe("192.0.2.1");
    expect(clientAddress(fromPeer("::1"), 0)).toBe("::1");
    for (const garbage of ["unknown", "not an address", "999.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "<script>"])
      expect([garbage, clientAddress(new Headers({ "x-forwarded-for": `1.1.1.1, ${garbage}` }), 1)]).toEqual([
        garbage,
        null,
      ]);
    expect(clientAddress(fromPeer("garbage"), 0)).toBeNull();
  });
});

describe("normalizeAddress", () => {
  it("gives one spelling per address", () => {
    expect(normalizeAddress(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeAddress("192.0.2.1:5123")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("::ffff:7f00:1")).toBe("::ffff:7f00:1");
    expect(normalizeAddress("::ffff:999.0.0.1")).toBeNull();
  });

  it("refuses what is not an address, cheaply", () => {
    for (const value of [null, undefined, "", "   ", "a".repeat(65), "1.2.3.4:123456", "1.2.3.4:", "[1.2.3.4]x", "::g"])
      expect(normalizeAddress(value)).toBeNull();
  });
});

describe("addressGroup", () => {
  it("counts IPv4 per address and IPv6 per /64", () => {
    expect(addressGroup("192.0.2.1")).toBe("192.0.2.1");
    expect(addressGroup("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressGroup("2001:db8:aa:bb::ffff")).toBe(addressGroup("2001:db8:aa:bb:ffff:ffff:ffff:1"));
    expect(addressGroup("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressGroup("::1")).toBe("0:0:0:0::/64");
    expect(addressGroup("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(addressGroup("2001:db8:aa:bb:cc::1.2.3.4")).toBe("2001:db8:aa:bb::/64");
  });
});
