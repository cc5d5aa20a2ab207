// What an integrator's logo file is, from its bytes (never its name): PNG,
// JPEG, WebP or SVG, each served with its exact type. An SVG is a document that
// can carry scripts: the logo route serves it under a policy that runs none
// (next.config.mjs: /api/* gets `default-src 'none'; sandbox`) and pages show it
// with <img>, which never runs them; one with a script or a foreign object is
// refused all the same, as no logo needs either.

export type LogoType = "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";
export interface Logo {
  type: LogoType;
  bytes: Uint8Array;
}

export function sniffLogo(bytes: Uint8Array): { ok: true; logo: Logo } | { ok: false; reason: string } {
  const type = rasterType(bytes) ?? svgType(bytes);
  if (!type) return { ok: false, reason: "is not a PNG, JPEG, WebP or SVG image" };
  if (type === "image/svg+xml") {
    const text = new TextDecoder().decode(bytes).toLowerCase();
    if (/<script|<foreignobject|\son[a-z]+\s*=|javascript:/.test(text))
      return { ok: false, reason: "is an SVG with a script, an event handler or a foreign object: remove them" };
  }
  return { ok: true, logo: { type, bytes } };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function rasterType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return null;
}

/** UTF-8 text whose first element is <svg>, after an optional BOM, XML declaration, comments and doctype. */
function svgType(bytes: Uint8Array): LogoType | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 4096));
  } catch {
    return null;
  }
  const prolog = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!doctype[^>]*>)\s*)*<svg[\s>]/i;
  return prolog.test(text) ? "image/svg+xml" : null;
}
