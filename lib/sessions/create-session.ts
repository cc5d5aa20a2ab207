import "server-only";
import { newCaptureToken } from "@/lib/capture/capture-token";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { log } from "@/lib/log";
import { checkReturnUrl } from "./check-return-url";
import { SESSION_LIFETIME_MS } from "./lifecycle";
import { veriff } from "@/lib/veriff/default-client";
import type { ProofOfAddress } from "@/lib/capture/required-frames";
import type { NewSessionRequest } from "@/lib/contracts/integrator-api";
import { refusal, type Refusal } from "@/lib/refusal";
import { VeriffError, veriffRefusal } from "@/lib/veriff/errors";

export interface CreatedSession {
  id: string;
  veriffSessionId: string;
  captureUrl: string;
  expiresAt: Date;
}

/** A kind of session the Veriff integration is not set up for (VERIFF_PROOF_OF_ADDRESS). */
export class CheckNotEnabledError extends Error {
  constructor(readonly enabled: readonly ProofOfAddress[]) {
    super(`this Veriff integration takes proofOfAddress ${enabled.join(", ")} only`);
  }
}

/** A returnUrl whose origin is not in APP_RETURN_ORIGINS (or that is no http(s) URL). */
export class ReturnUrlNotAllowedError extends Error {
  constructor(readonly refused: Refusal<"return_url_not_allowed">) {
    super(refused.message);
  }
}

/**
 * Creates the Veriff session, stores ours with a fresh capture token, and
 * returns the capture link. Throws CheckNotEnabledError for a kind of session
 * the integration is not set up for, and ReturnUrlNotAllowedError for a
 * returnUrl the operator does not allow, before anything is created. `consent`:
 * the end-user agreed on the start page, in that language and to those words;
 * a session without it asks on the capture link's first screen.
 */
export async function createSession(
  input: NewSessionRequest,
  actor: "integrator" | "end_user",
  consent?: { locale: string; wording: string },
): Promise<CreatedSession> {
  // Veriff's session takes no flow setting: which documents are captured is
  // ours to decide, within what Veriff enabled for the integration.
  // returnUrl and language are ours alone, never Veriff's.
  const { proofOfAddress = "none", returnUrl: askedReturnUrl, language, ...veriffInput } = input;
  const env = serverEnv();
  if (!env.VERIFF_PROOF_OF_ADDRESS.includes(proofOfAddress))
    throw new CheckNotEnabledError(env.VERIFF_PROOF_OF_ADDRESS);
  const returnUrl = askedReturnUrl === undefined ? null : checkReturnUrl(askedReturnUrl, env.APP_RETURN_ORIGINS);
  if (returnUrl && !returnUrl.ok) throw new ReturnUrlNotAllowedError(returnUrl);
  const created = await veriff().createSession(veriffInput);
  const { token, hash } = newCaptureToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const session = await db().$transaction(async (tx) => {
    const row = await tx.verificationSession.create({
      data: {
        ...veriffSessionColumns(input, created.verification.id),
        proofOfAddress,
        returnUrl: returnUrl?.url ?? null,
        language: language ?? null,
        captureTokenHash: hash,
        captureTokenExpiresAt: expiresAt,
        createdAt: now,
        consentedAt: consent ? now : null,
        events: {
          create: [
            {
              type: "session.created",
              actor,
              data: { documentType: input.document?.type ?? null, proofOfAddress },
              occurredAt: now,
            },
            ...(consent
              ? [{ type: "consent.given", actor, data: { page: "start", ...consent }, occurredAt: now }]
              : []),
          ],
        },
      },
    });
    await recordIntegratorEvents(tx, [row.id], "session.created", { now });
    // Agreed on the start page: the end-user has started, in the same breath.
    if (consent) await recordIntegratorEvents(tx, [row.id], "session.started", { now });
    return row;
  });
  log().info(
    { sessionId: session.id, veriffSessionId: created.verification.id, actor },
    "verification session created",
  );
  return { id: session.id, veriffSessionId: created.verification.id, captureUrl: captureUrl(token), expiresAt };
}

/** The columns of a new session row that come from what was asked of Veriff and its answer (the API's and bulk's alike). */
export function veriffSessionColumns(
  input: Pick<NewSessionRequest, "vendorData" | "endUserId" | "document">,
  veriffSessionId: string,
) {
  return {
    veriffSessionId,
    vendorData: input.vendorData ?? null,
    endUserId: input.endUserId ?? null,
    documentType: input.document?.type ?? null,
    documentCountry: input.document?.country ?? null,
  };
}

export function captureUrl(token: string): string {
  return `${serverEnv().APP_BASE_URL}/capture/${token}`;
}

/** What a failed createSession means for whoever asked, or undefined when it is not ours to explain (a bug: rethrow). */
export function creationRefusal(
  error: unknown,
):
  | Refusal<"proof_of_address_not_enabled" | "return_url_not_allowed" | "veriff_refused" | "veriff_unavailable">
  | undefined {
  if (error instanceof VeriffError) return veriffRefusal(error);
  if (error instanceof ReturnUrlNotAllowedError) return error.refused;
  if (error instanceof CheckNotEnabledError) {
    return refusal("proof_of_address_not_enabled", "The Veriff integration is not set up for this kind of session.", {
      enabled: error.enabled,
    });
  }
  return undefined;
}
