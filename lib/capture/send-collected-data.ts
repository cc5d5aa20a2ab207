import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { CollectedDataRequest } from "@/lib/contracts/capture-api";
import { refusal, type Refusal } from "@/lib/refusal";
import { findCapture } from "./find-capture";

export type CollectedDataOutcome =
  { ok: true; sent: boolean } | Refusal<"invalid_token" | "link_expired" | "already_submitted" | "consent_required">;

/**
 * Sends the device data to Veriff's collected-data endpoint once per session.
 * It helps Veriff's fraud checks but is optional, so a failure never blocks
 * the capture: it is logged, and a later page load may try again. Nothing of
 * it is stored here.
 */
export async function sendCollectedData(
  token: string,
  data: CollectedDataRequest,
  clientIp: string | null,
): Promise<CollectedDataOutcome> {
  const capture = await findCapture(token);
  if (!capture.ok) return capture;
  const session = capture.session;
  // The device and its address are the end-user's data too: nothing goes to Veriff before they agreed.
  if (!session.consentedAt) return refusal("consent_required", "The end-user has not agreed to the processing yet.");
  if (!clientIp) return { ok: true, sent: false };
  const claim = await db().verificationSession.updateMany({
    where: { id: session.id, collectedDataSentAt: null },
    data: { collectedDataSentAt: new Date() },
  });
  if (claim.count === 0) return { ok: true, sent: false };
  const ip = clientIp.includes(":") ? { addressV6: clientIp } : { addressV4: clientIp };
  try {
    await veriff().sendCollectedData(session.veriffSessionId!, {
      providerName: "veriff-capture",
      network: { ip },
      device: { fingerprint: data.fingerprint },
      // Empty fields are omitted, as Veriff asks, rather than sent as null.
      ...(data.language || data.userAgent || data.timezone
        ? { browser: { language: data.language, userAgent: data.userAgent, timezone: data.timezone } }
        : {}),
    });
    return { ok: true, sent: true };
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    await db().verificationSession.updateMany({ where: { id: session.id }, data: { collectedDataSentAt: null } });
    log().warn({ sessionId: session.id, err: error }, "collected data not accepted; capture goes on");
    return { ok: true, sent: false };
  }
}

/** The client's address as the nearest proxy reports it (Next.js sets x-forwarded-for itself). */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim();
  if (!forwarded) return null;
  const address = forwarded.replace(/^::ffff:/, "");
  return z.ipv4().safeParse(address).success || z.ipv6().safeParse(address).success ? address : null;
}
