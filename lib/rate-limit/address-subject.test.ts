import { describe, expect, it } from "vitest";
import { addressSubject } from "./address-subject";

describe("addressSubject", () => {
  it("limits an IPv4 address as itself", () => {
    expect(addressSubject("203.0.113.7")).toBe("203.0.113.7");
  });

  it("limits IPv6 per /64, however the address is written", () => {
    const subject = "2001:db8:85a3:42::/64";
    expect(addressSubject("2001:db8:85a3:42::1")).toBe(subject);
    expect(addressSubject("2001:0DB8:85A3:0042:ffff:ffff:ffff:fffe")).toBe(subject);
    expect(addressSubject("2001:db8:85a3:42:1:2:3:4%eth0")).toBe(subject);
    expect(addressSubject("2001:db8:85a3:43::1")).toBe("2001:db8:85a3:43::/64");
    expect(addressSubject("::1")).toBe("0:0:0:0::/64");
    expect(addressSubject("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(addressSubject("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
  });

  it("limits an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(addressSubject("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressSubject("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(addressSubject("0:0:0:0:0:ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("answers null for what is not an address", () => {
    for (const text of [
      "",
      "unknown",
      "203.0.113",
      "203.0.113.7.1",
      "2001:db8::1::2",
      "example.com",
      "1.2.3.4, 5.6.7.8",
    ])
      expect(addressSubject(text)).toBeNull();
  });
});
