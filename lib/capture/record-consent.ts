import "server-only";
import { db } from "@/lib/db";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import type { ProofOfAddress } from "./required-frames";

/**
 * The end-user agreed, on the capture link's first screen and in `locale`, to
 * the processing this check asks for, worded as `wording` gives it for the
 * kind of check: the words are kept with the time. Kept once: a second
 * agreement (another tab, a reload) keeps the first one. `session`: the one
 * the route found by its link.
 */
export async function recordConsentFor(
  session: Pick<VerificationSession, "id" | "proofOfAddress">,
  locale: string,
  wording: (check: ProofOfAddress) => string,
  now = new Date(),
): Promise<{ ok: true; consentedAt: Date }> {
  const { id, proofOfAddress } = session;
  const consentedAt = await db().$transaction(async (tx) => {
    const first = await tx.verificationSession.updateMany({
      where: { id, consentedAt: null },
      data: { consentedAt: now },
    });
    if (first.count === 0)
      return (await tx.verificationSession.findUniqueOrThrow({ where: { id }, select: { consentedAt: true } }))
        .consentedAt!;
    await tx.sessionEvent.create({
      data: {
        sessionId: id,
        type: "consent.given",
        actor: "end_user",
        data: { page: "capture", locale, wording: wording(proofOfAddress) },
        occurredAt: now,
      },
    });
    await recordIntegratorEvents(tx, [id], "session.started", { now });
    return now;
  });
  return { ok: true, consentedAt };
}
