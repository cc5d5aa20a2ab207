import "server-only";
import { headers } from "next/headers";

/**
 * This request's CSP nonce, as proxy.ts put it in the request's own copy of the
 * policy (where Next.js reads it for its scripts too): for a <style> of ours
 * that the page's policy must let through. Undefined on a request proxy.ts did
 * not see, where the style is then refused rather than allowed.
 */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy");
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}
