import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { CaptureErrorCode } from "./error-codes";
import { findCapture } from "./find-capture";

/** What the browser reports about itself; the server adds the client's IP address. */
export const browserData = z.object({
  fingerprint: z.string().min(8).max(256),
  language: z.string().min(1).max(64).optional(),
  userAgent: z.string().min(1).max(1024).optional(),
  timezone: z.string().min(1).max(64).optional(),
});
export type BrowserData = z.infer<typeof browserData>;

export type CollectedDataOutcome =
  { sent: boolean } | { error: { status: number; code: CaptureErrorCode; message: string } };

/**
 * Sends the device data to Veriff's collected-data endpoint once per session.
 * It helps Veriff's fraud checks but is optional, so a failure never blocks
 * the capture: it is logged, and a later page load may try again. Nothing of
 * it is stored here.
 */
export async function sendCollectedData(
  token: string,
  data: BrowserData,
  clientIp: string | null,
): Promise<CollectedDataOutcome> {
  const capture = await findCapture(token);
  if (!capture.ok) return { error: { status: capture.status, code: capture.code, message: capture.message } };
  const session = capture.session;
  // The device and its address are the end-user's data too: nothing goes to Veriff before they agreed.
  if (!session.consentedAt)
    return {
      error: { status: 403, code: "consent_required", message: "The end-user has not agreed to the processing yet." },
    };
  if (!clientIp) return { sent: false };
  const claim = await db().verificationSession.updateMany({
    where: { id: session.id, collectedDataSentAt: null },
    data: { collectedDataSentAt: new Date() },
  });
  if (claim.count === 0) return { sent: false };
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
    return { sent: true };
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    await db().verificationSession.updateMany({ where: { id: session.id }, data: { collectedDataSentAt: null } });
    log().warn({ sessionId: session.id, err: error }, "collected data not accepted; capture goes on");
    return { sent: false };
  }
}
