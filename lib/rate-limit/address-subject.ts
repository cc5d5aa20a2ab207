import { isIPv4, isIPv6 } from "node:net";

/**
 * What a client address is limited as. An IPv6 subscriber (a home, a phone)
 * is given a whole /64, so a limit per IPv6 address would be one new address
 * away: IPv6 is limited per /64 prefix. An IPv4-mapped IPv6 address counts as
 * its IPv4 address. Null for anything that is not an IP address.
 */
export function addressSubject(address: string): string | null {
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const groups = hextets(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (zone dropped, a dotted IPv4 tail made two groups). */
function hextets(address: string): number[] {
  let text = (address.split("%")[0] ?? "").toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const gap = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(gap).fill("0"), ...right].map((group) => parseInt(group, 16));
}
