// What the staff console shows of bulk batches, against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listBulkBatches, readBulkBatch } from "./bulk-batches";

async function newBatch(rows: number) {
  const batch = await db().bulkBatch.create({
    data: {
      manifestSha256: randomUUID().replaceAll("-", "").padEnd(64, "0"),
      manifestName: "people.csv",
      rowCount: rows,
      invalidCount: 1,
    },
  });
  for (let rowNumber = 1; rowNumber <= rows; rowNumber++) {
    const invalid = rowNumber === rows;
    const session = invalid
      ? null
      : await db().verificationSession.create({
          data: {
            veriffSessionId: randomUUID(),
            vendorData: `row-${rowNumber}`,
            bulkBatchId: batch.id,
            status: rowNumber % 2 ? "approved" : "declined",
            decisionCode: rowNumber % 2 ? 9001 : 9102,
          },
        });
    await db().bulkRow.create({
      data: {
        batchId: batch.id,
        rowNumber,
        rowSha256: "0".repeat(64),
        state: invalid ? "invalid" : "submitted",
        sessionId: session?.id,
        imageCount: 3,
        imagesUploaded: invalid ? 0 : 3,
        errorCode: invalid ? "missing_file" : null,
        errorMessage: invalid ? "images.face[0]: no such file" : null,
      },
    });
  }
  return batch;
}

describe("bulk batches in the staff console", () => {
  it("lists batches with their rows by state and their sessions by status", async () => {
    const batch = await newBatch(5);
    const listed = (await listBulkBatches()).find((candidate) => candidate.id === batch.id)!;
    expect(listed.rows).toEqual({ submitted: 4, invalid: 1 });
    expect(listed.statuses).toEqual({ approved: 2, declined: 2 });
  });

  it("pages a batch's rows in the manifest's order, filtered by state", async () => {
    const batch = await newBatch(205);
    const first = (await readBulkBatch(batch.id))!;
    expect(first.rows.map((row) => row.rowNumber)).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect([first.matching, first.nextAfter, first.counts]).toEqual([205, 200, { submitted: 204, invalid: 1 }]);
    expect(first.rows[0]!.session).toMatchObject({ vendorData: "row-1", status: "approved", decisionCode: 9001 });
    const next = (await readBulkBatch(batch.id, { after: first.nextAfter! }))!;
    expect([next.rows.map((row) => row.rowNumber), next.nextAfter]).toEqual([[201, 202, 203, 204, 205], null]);
    const invalid = (await readBulkBatch(batch.id, { state: "invalid" }))!;
    expect(invalid.rows.map((row) => [row.rowNumber, row.errorCode])).toEqual([[205, "missing_file"]]);
    expect(await readBulkBatch("not-a-uuid")).toBeNull();
    expect(await readBulkBatch(randomUUID())).toBeNull();
  });
});
