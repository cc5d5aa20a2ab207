import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { CollectedDataRequest } from "@/lib/contracts/capture-api";
import type { VerificationSession } from "@/lib/generated/prisma/client";

/**
 * Sends the device data to Veriff's collected-data endpoint once per session,
 * after the route has checked the link and the end-user's consent (the device
 * and its address are their data too). It helps Veriff's fraud checks but is
 * optional, so a failure never blocks the capture: it is logged, and a later
 * page load may try again. Nothing of it is stored here. `clientIp`: the
 * trusted client address (lib/http/client-address.ts).
 */
export async function sendCollectedData(
  session: Pick<VerificationSession, "id" | "veriffSessionId">,
  data: CollectedDataRequest,
  clientIp: string | null,
): Promise<{ sent: boolean }> {
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
