// The manifest check on real files: every bad row named with its reason before anything is sent.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkManifest } from "./check-manifest";
import { ManifestError, readManifest } from "./read-manifest";

let folder: string;
const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#777" } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "bulk-check-"));
  await writeFile(path.join(folder, "front.jpg"), await jpeg(3000, 2000));
  await writeFile(path.join(folder, "face.jpg"), await jpeg(600, 800));
  await writeFile(path.join(folder, "doc.pdf"), "%PDF-1.7\n%%EOF\n");
  await writeFile(path.join(folder, "notes.txt"), "not an image");
  for (const group of ["com", "sod", "dg1", "dg2"]) await writeFile(path.join(folder, `${group}.bin`), "data");
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const person = { vendorData: "v-1", person: { firstName: "Ada" }, document: { type: "PASSPORT", country: "EE" } };
const passport = { ...person, images: { "document-front": "front.jpg", face: ["face.jpg"] } };

async function check(rows: unknown[], pdfEnabled = false) {
  const file = path.join(folder, `manifest-${Math.random()}.json`);
  await writeFile(file, JSON.stringify({ rows }));
  return checkManifest(await readManifest(file), { pdfEnabled });
}

describe("checkManifest", () => {
  it("passes good rows with their files in order, resolved from the manifest's folder", async () => {
    const { good, bad } = await check([
      passport,
      {
        ...passport,
        document: { type: "ID_CARD" },
        images: { "document-front": "front.jpg", "document-back": "front.jpg", face: "face.jpg" },
        nfc: { com: "com.bin", sod: "sod.bin", dg1: "dg1.bin", dg2: "dg2.bin" },
        collectedData: { ip: "192.0.2.7", fingerprint: "fingerprint-1" },
      },
    ]);
    expect(bad).toEqual([]);
    expect(good.map((row) => [row.rowNumber, row.images.map((image) => [image.field, image.context])])).toEqual([
      [
        1,
        [
          ["images.document-front[0]", "document-front"],
          ["images.face[0]", "face"],
        ],
      ],
      [
        2,
        [
          ["images.document-front[0]", "document-front"],
          ["images.document-back[0]", "document-back"],
          ["images.face[0]", "face"],
        ],
      ],
    ]);
    expect(good[0]!.images[0]!.file).toBe(path.join(folder, "front.jpg"));
    expect(good[1]!.nfc?.dg2).toBe(path.join(folder, "dg2.bin"));
    expect(good[0]!.sha256).not.toBe(good[1]!.sha256);
  });

  it("names every bad row with a code and the field, never a value or path", async () => {
    const { good, bad } = await check([
      { ...passport, images: { ...passport.images, face: "nobody.jpg" } },
      { ...passport, images: { ...passport.images, "document-side": "face.jpg" } },
      { ...passport, images: { "document-front": "front.jpg" } },
      { ...person, document: { type: "ID_CARD" }, images: passport.images },
      { ...passport, endUserId: "Ada Lovelace" },
      { ...passport, surname: "Lovelace" },
      { ...passport, images: { ...passport.images, face: "notes.txt" } },
      { ...passport, pdf: "doc.pdf" },
      { ...passport, nfc: { com: "com.bin", sod: "sod.bin", dg1: "dg1.bin", dg2: "gone.bin" } },
      { ...passport, images: { face: "face.jpg" }, document: undefined },
    ]);
    expect(good).toEqual([]);
    expect(bad).toEqual([
      { rowNumber: 1, code: "missing_file", message: "images.face[0]: no such file" },
      { rowNumber: 2, code: "unknown_context", message: "images.document-side: not a Veriff media context" },
      { rowNumber: 3, code: "missing_context", message: "no image for face" },
      { rowNumber: 4, code: "missing_context", message: "no image for document-back" },
      { rowNumber: 5, code: "invalid_row", message: "endUserId: Invalid UUID" },
      { rowNumber: 6, code: "invalid_row", message: expect.stringContaining('"surname"') },
      { rowNumber: 7, code: "unsupported_type", message: "images.face[0]: not a JPEG, PNG, WebP, HEIC or PDF file" },
      { rowNumber: 8, code: "pdf_not_accepted", message: "pdf: PDF files are not accepted here" },
      { rowNumber: 9, code: "missing_file", message: "nfc.dg2: no such file" },
      { rowNumber: 10, code: "invalid_row", message: "document.type: required" },
    ]);
    for (const row of bad) expect(row.message).not.toMatch(/Ada|Lovelace|nobody|gone/);
  });

  it("takes a PDF as the document's front where PDFs are enabled", async () => {
    const { good } = await check([{ ...passport, images: { face: "face.jpg" }, pdf: "doc.pdf" }], true);
    expect(good[0]!.images.map((image) => [image.field, image.context])).toEqual([
      ["pdf", "document-front"],
      ["images.face[0]", "face"],
    ]);
  });

  it("reads a CSV manifest: dotted headers nest, several files of a context split on |, blank lines skipped", async () => {
    const file = path.join(folder, "people.csv");
    await writeFile(
      file,
      "vendorData,person.firstName,document.type,image.document-front,image.face\r\n" +
        'v-1,"Ada, Countess",PASSPORT,front.jpg,face.jpg|face.jpg\r\n,,,,\r\n',
    );
    const manifest = await readManifest(file);
    expect(manifest.rows).toEqual([
      {
        vendorData: "v-1",
        person: { firstName: "Ada, Countess" },
        document: { type: "PASSPORT" },
        images: { "document-front": ["front.jpg"], face: ["face.jpg", "face.jpg"] },
      },
    ]);
    const { good } = await checkManifest(manifest, { pdfEnabled: false });
    expect(good[0]!.images.map((image) => image.field)).toEqual([
      "images.document-front[0]",
      "images.face[0]",
      "images.face[1]",
    ]);
  });

  it("refuses a manifest it cannot read at all", async () => {
    const broken = path.join(folder, "broken.json");
    await writeFile(broken, "{ not json");
    await expect(readManifest(broken)).rejects.toThrow(ManifestError);
    await expect(readManifest(path.join(folder, "missing.csv"))).rejects.toThrow("cannot be opened");
    const empty = path.join(folder, "empty.csv");
    await writeFile(empty, "vendorData\n");
    await expect(readManifest(empty)).rejects.toThrow("no rows");
  });
});
