import "server-only";
import { readFileSync, statSync } from "node:fs";
import { serverEnv } from "@/lib/env";
import { MAX_BRAND_LOGO_BYTES } from "@/lib/limits";
import { sniffLogo, type Logo } from "./sniff-logo";

/** APP_BRAND_LOGO names a file that cannot be served: said once, at start-up. */
export class BrandLogoError extends Error {
  override name = "BrandLogoError";
}

let cached: { path: string; logo: Logo } | undefined;

/**
 * The integrator's logo (APP_BRAND_LOGO), read from disk once per process and
 * kept: every page view would otherwise touch the file. Null when unset.
 * Throws with a message naming the setting when the file cannot be used:
 * lib/startup/check-settings.ts calls it at start, so that never waits for a visitor.
 */
export function brandLogo(): Logo | null {
  const path = serverEnv().APP_BRAND_LOGO;
  if (!path) return null;
  if (cached?.path !== path) cached = { path, logo: readLogo(path) };
  return cached.logo;
}

function readLogo(path: string): Logo {
  let size: number;
  try {
    // The size first: a huge file (or a device such as /dev/zero) is never read.
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error("not a regular file");
    size = stat.size;
  } catch (error) {
    throw new BrandLogoError(
      `APP_BRAND_LOGO ${path} cannot be read: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (size > MAX_BRAND_LOGO_BYTES)
    throw new BrandLogoError(`APP_BRAND_LOGO ${path} is ${size} bytes; at most ${MAX_BRAND_LOGO_BYTES} are served`);
  const sniffed = sniffLogo(new Uint8Array(readFileSync(path)));
  if (!sniffed.ok) throw new BrandLogoError(`APP_BRAND_LOGO ${path} ${sniffed.reason}`);
  return sniffed.logo;
}
