// Browser side: the page's own id for a frame (a random UUID), sent with every
// try of it so the server can tell a retry from a new frame. Made from
// getRandomValues because crypto.randomUUID exists only on https pages, and a
// page opened over plain http still takes chosen photos.

export function newFrameId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
