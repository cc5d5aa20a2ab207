import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import { nfcRequest } from "@/lib/contracts/integrator-api";
import { refusal, type Refusal } from "@/lib/refusal";

export type NfcOutcome =
  | { ok: true; upload: { id: string; veriffMediaId: string; sizeBytes: number } }
  | Refusal<"invalid_nfc_data" | "veriff_refused" | "veriff_unavailable">;

/**
 * Passport-chip data (COM, SOD, DG1, DG2) read by an integrator's native app,
 * forwarded through our client with the same checks and recorded in the
 * upload ledger by its metadata only. `session`: open for capture (the route
 * found it with findOpenSession before reading the body).
 */
export async function uploadNfc(
  session: Pick<VerificationSession, "id" | "veriffSessionId" | "attemptNumber">,
  input: unknown,
): Promise<NfcOutcome> {
  const parsed = nfcRequest.safeParse(input);
  if (!parsed.success) {
    return refusal("invalid_nfc_data", "Send com, sod, dg1 and dg2 as base64, 500 KB at most together.");
  }
  const bytes = Buffer.concat(Object.values(parsed.data).map((group) => Buffer.from(group, "base64")));
  const upload = await db().mediaUpload.create({
    data: {
      sessionId: session.id,
      context: "document-nfc",
      source: "integrator",
      attemptNumber: session.attemptNumber,
      mimeType: "application/octet-stream",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
  });
  try {
    const media = await veriff().uploadNfc(session.veriffSessionId!, parsed.data);
    await db().$transaction([
      db().mediaUpload.update({
        where: { id: upload.id },
        data: { status: "acknowledged", veriffMediaId: media.id, acknowledgedAt: new Date() },
      }),
      db().sessionEvent.create({
        data: { sessionId: session.id, type: "nfc.acknowledged", actor: "integrator", data: { uploadId: upload.id } },
      }),
    ]);
    return { ok: true, upload: { id: upload.id, veriffMediaId: media.id, sizeBytes: bytes.length } };
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    await db().mediaUpload.update({
      where: { id: upload.id },
      data: { status: "failed", errorCode: error.code ?? error.kind },
    });
    return error.permanent
      ? refusal("veriff_refused", "Veriff refused the NFC data.", { veriffCode: error.code ?? null })
      : refusal("veriff_unavailable", "Veriff could not be reached. Try again in a moment.");
  }
}
