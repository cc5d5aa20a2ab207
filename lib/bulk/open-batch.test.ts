// A batch opened again (a rerun, another process): against a real PostgreSQL.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkManifest } from "./check-manifest";
import { openBatch, retryFailedRows } from "./open-batch";
import { readManifest } from "./read-manifest";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "bulk-open-"));
  await writeFile(
    path.join(folder, "a.jpg"),
    await sharp({ create: { width: 40, height: 30, channels: 3, background: "#111" } })
      .jpeg()
      .toBuffer(),
  );
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const row = (n: number) => `v-${n},PASSPORT,a.jpg,p${n}.jpg`;

async function open() {
  const manifest = await readManifest(path.join(folder, "people.csv"));
  return openBatch(manifest, await checkManifest(manifest, { pdfEnabled: false }));
}

describe("openBatch", () => {
  it("finds the batch of the same manifest again, takes a fixed row, refuses a started row whose files changed, and retries failed rows", async () => {
    await writeFile(
      path.join(folder, "people.csv"),
      ["vendorData,document.type,image.document-front,image.face", row(1), row(2), row(3), row(4)].join("\n"),
    );
    for (const n of [1, 2, 3])
      await writeFile(path.join(folder, `p${n}.jpg`), await readFile(path.join(folder, "a.jpg")));
    const first = await open();
    expect([first.created, first.changed]).toEqual([true, []]);
    const states = async () =>
      (await db().bulkRow.findMany({ where: { batchId: first.id }, orderBy: { rowNumber: "asc" } })).map((r) => [
        r.rowNumber,
        r.state,
        r.errorCode,
      ]);
    expect(await states()).toEqual([
      [1, "pending", null],
      [2, "pending", null],
      [3, "pending", null],
      [4, "invalid", "missing_file"],
    ]);

    // Row 4's file arrives; row 2 was started and its face changes; row 1 changes before it starts; row 3 failed.
    await writeFile(path.join(folder, "p4.jpg"), await readFile(path.join(folder, "a.jpg")));
    const session = await db().verificationSession.create({ data: { veriffSessionId: `bulk-open-${Date.now()}` } });
    await db().bulkRow.updateMany({
      where: { batchId: first.id, rowNumber: 2 },
      data: { state: "created", sessionId: session.id },
    });
    await db().bulkRow.updateMany({
      where: { batchId: first.id, rowNumber: 3 },
      data: { state: "failed", errorCode: "veriff_1104" },
    });
    const other = await sharp({ create: { width: 41, height: 30, channels: 3, background: "#222" } })
      .jpeg()
      .toBuffer();
    await writeFile(path.join(folder, "p1.jpg"), other);
    await writeFile(path.join(folder, "p2.jpg"), other);

    const again = await open();
    expect([again.id, again.created, again.changed]).toEqual([first.id, false, [2]]);
    expect(await states()).toEqual([
      [1, "pending", null],
      [2, "created", null],
      [3, "failed", "veriff_1104"],
      [4, "pending", null],
    ]);
    expect((await db().bulkBatch.findUniqueOrThrow({ where: { id: first.id } })).invalidCount).toBe(0);

    await db().bulkRow.updateMany({ where: { batchId: first.id, rowNumber: 2 }, data: { state: "failed" } });
    expect(await retryFailedRows(first.id)).toBe(2);
    expect(await states()).toEqual([
      [1, "pending", null],
      [2, "created", null],
      [3, "pending", null],
      [4, "pending", null],
    ]);
  });
});
