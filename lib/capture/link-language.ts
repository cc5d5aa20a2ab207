import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { hashCaptureToken } from "./capture-token";

/**
 * The language the integrator chose for a capture link's session, or null.
 * Read once per request however many ask (the root layout for <html lang>,
 * the page's metadata, the page), whatever the link's state: an expired link
 * says so in that language too.
 */
export const linkLanguage = cache(async (token: string): Promise<string | null> => {
  const session = await db().verificationSession.findUnique({
    where: { captureTokenHash: hashCaptureToken(token) },
    select: { language: true },
  });
  return session?.language ?? null;
});
