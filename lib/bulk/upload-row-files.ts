import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { checkIntegratorFrame } from "@/lib/capture/check-frame";
import { sendCollectedData } from "@/lib/capture/send-collected-data";
import { sendFrame } from "@/lib/capture/send-frame";
import { db } from "@/lib/db";
import type { Refusal } from "@/lib/refusal";
import { uploadNfc } from "@/lib/sessions/upload-nfc";
import type { CheckedRow } from "./check-manifest";
import { ImageNotUsable, prepareImage } from "./prepare-image";
import { LeaseLost, RowFailure, RowRetry } from "./row-errors";
import type { RowLease } from "./row-lease";

/** Refusals that may go away: Veriff busy or away, or an earlier try of the frame whose fate is not known yet. */
const PASSING = new Set(["veriff_unavailable", "frame_in_progress", "rate_limited"]);

/**
 * Step 2: every image of the row in the manifest's order, each through the
 * same path as an integrator's frame (checks, the upload ledger, lost-upload
 * handling), then the NFC data and the collected data. The row counts the
 * images acknowledged, so a rerun starts at the next one; an image whose
 * answer was lost is sent again under the same frame id (derived from the
 * row, its place and its bytes), so the ledger answers it, or asks Veriff,
 * rather than sending it twice.
 */
export async function uploadRowFiles(
  row: CheckedRow,
  claimed: { sessionId: string; imagesUploaded: number },
  lease: RowLease,
): Promise<void> {
  const { sessionId } = claimed;
  for (let index = claimed.imagesUploaded; index < row.images.length; index++) {
    lease.check();
    const image = row.images[index]!;
    const prepared = await prepareImage(await readSource(image.file, image.field)).catch((error: unknown) => {
      throw error instanceof ImageNotUsable ? new RowFailure(error.code, `${image.field}: ${error.message}`) : error;
    });
    const frameId = frameIdOf(lease.rowId, index, prepared.bytes);
    const checked = await checkIntegratorFrame(sessionId, {
      context: image.context,
      declaredType: prepared.mimetype,
      frameId,
    });
    if (!checked.ok) throw refusalError(checked, image.field);
    const sent = await sendFrame(checked.frame, prepared.bytes, { abandonedAfterMs: lease.heldForMs() });
    if (!sent.ok) throw refusalError(sent, image.field);
    const counted = await db().bulkRow.updateMany({
      where: { id: lease.rowId, leaseToken: lease.token, state: "created", imagesUploaded: index },
      data: { imagesUploaded: index + 1 },
    });
    if (counted.count === 0) throw new LeaseLost();
  }

  const session = await db().verificationSession.findUniqueOrThrow({ where: { id: sessionId } });
  if (row.nfc) {
    const sent = await db().mediaUpload.count({
      where: { sessionId, context: "document-nfc", status: "acknowledged" },
    });
    if (!sent) {
      lease.check();
      const groups = await Promise.all(
        (["com", "sod", "dg1", "dg2"] as const).map(
          async (group) => [group, (await readSource(row.nfc![group], `nfc.${group}`)).toString("base64")] as const,
        ),
      );
      const uploaded = await uploadNfc(session, Object.fromEntries(groups));
      if (!uploaded.ok) throw refusalError(uploaded, "nfc");
    }
  }
  if (row.collectedData && !session.collectedDataSentAt) {
    lease.check();
    const { ip, ...data } = row.collectedData;
    const { sent } = await sendCollectedData(session, data, ip);
    if (!sent)
      throw new RowRetry("collected_data_not_sent", "collectedData: Veriff did not take it; tried again later");
  }
  const moved = await db().bulkRow.updateMany({
    where: { id: lease.rowId, leaseToken: lease.token, state: "created" },
    data: { state: "uploaded" },
  });
  if (moved.count === 0) throw new LeaseLost();
}

/** The frame's id for the upload ledger: the same for the same row, place and bytes on every run. */
export function frameIdOf(rowId: string, index: number, bytes: Buffer): string {
  const digest = createHash("sha256")
    .update(`${rowId}:${index}:`)
    .update(createHash("sha256").update(bytes).digest())
    .digest();
  digest[6] = (digest[6]! & 0x0f) | 0x80; // version 8: a UUID of our own making
  digest[8] = (digest[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = digest.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function readSource(file: string, field: string): Promise<Buffer> {
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new RowFailure("missing_file", `${field}: cannot be read (${error.code ?? "error"})`);
  });
}

function refusalError(refused: Refusal, field: string): RowRetry | RowFailure {
  const message = `${field}: ${refused.message}`;
  return PASSING.has(refused.code) ? new RowRetry(refused.code, message) : new RowFailure(refused.code, message);
}
