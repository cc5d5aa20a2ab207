// A bulk manifest made on the spot for tests and the benchmark: rows of
// people whose images are real JPEGs (a front larger than 1920 px, so it is
// downscaled; a selfie stored sideways with an EXIF orientation, so it is
// turned), and a share of bad rows, each bad in its own way.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { png } from "../../emulator/test/harness";

/** The first names steer the emulator's decision (emulator/decisions.ts). */
const FIRST_NAMES = ["approve", "approve", "approve", "decline", "review", "approve", "resubmit"];

export const BAD_KINDS = [
  "missing_file",
  "unknown_context",
  "image_too_large",
  "missing_context",
  "invalid_row",
] as const;

export interface MadeManifest {
  file: string;
  /** Row numbers (1-based) of the bad rows, with the code each must be reported with. */
  bad: Map<number, (typeof BAD_KINDS)[number]>;
  good: number;
  /** In every row's vendorData: bulk-<tag>-<row>. */
  tag: string;
}

/**
 * Writes the images once into `folder`, then a CSV manifest of `rows` rows,
 * every `badEvery`-th of them bad. `photos`: "small" are just over Veriff's
 * limit (cheap to decode, for tests); "phone" are a phone's full-size photos
 * (12 MP document sides, a 7 MP selfie), as an audit's archive holds them.
 */
export async function makeBulkManifest(
  folder: string,
  {
    rows,
    badEvery = 20,
    name = "manifest.csv",
    tag = randomUUID().slice(0, 8),
    photos = "small",
  }: { rows: number; badEvery?: number; name?: string; tag?: string; photos?: "small" | "phone" },
): Promise<MadeManifest> {
  await mkdir(path.join(folder, "images"), { recursive: true });
  await writeImages(path.join(folder, "images"), photos);
  const header = [
    "vendorData",
    "endUserId",
    "person.firstName",
    "person.lastName",
    "document.type",
    "document.country",
    "image.document-front",
    "image.document-back",
    "image.face",
  ];
  const lines = [header.join(",")];
  const bad = new Map<number, (typeof BAD_KINDS)[number]>();
  for (let row = 1; row <= rows; row++) {
    const cells: Record<string, string> = {
      vendorData: `bulk-${tag}-${row}`,
      endUserId: randomUUID(),
      "person.firstName": FIRST_NAMES[row % FIRST_NAMES.length]!,
      "person.lastName": `Person${row}`,
      "document.type": "ID_CARD",
      "document.country": "EE",
      "image.document-front": "images/front.jpg",
      "image.document-back": "images/back.jpg",
      "image.face": "images/face.jpg",
    };
    let extra = "";
    if (row % badEvery === 0) {
      const kind = BAD_KINDS[(row / badEvery - 1) % BAD_KINDS.length]!;
      bad.set(row, kind);
      if (kind === "missing_file") cells["image.face"] = "images/nobody.jpg";
      if (kind === "image_too_large") cells["image.document-back"] = "images/huge.png";
      if (kind === "missing_context") cells["image.face"] = "";
      if (kind === "invalid_row") cells.endUserId = "not-a-uuid";
      if (kind === "unknown_context") extra = "images/back.jpg";
    }
    lines.push([...header.map((column) => cells[column] ?? ""), extra].join(","));
  }
  // One more column, filled only where a row names an unknown context.
  lines[0] += ",image.document-side";
  const file = path.join(folder, name);
  await writeFile(file, `${lines.join("\n")}\n`);
  return { file, bad, good: rows - bad.size, tag };
}

async function writeImages(folder: string, photos: "small" | "phone") {
  const phone = photos === "phone";
  const card = (width: number, height: number, hue: number) =>
    // A phone's photo has sensor noise, which JPEG cannot squeeze away: its bytes are as many as a real one's.
    sharp({
      create: phone
        ? { width, height, channels: 3, background: "#000", noise: { type: "gaussian", mean: hue, sigma: 6 } }
        : { width, height, channels: 3, background: { r: hue, g: 120, b: 200 - hue } },
    })
      .composite([
        {
          input: Buffer.from(
            `<svg width="${width}" height="${height}"><rect x="40" y="40" width="${width / 3}" height="${height / 2}" fill="#333"/><text x="${width / 2}" y="${height / 2}" font-size="64">ID 1234567</text></svg>`,
          ),
        },
      ])
      .jpeg({ quality: 85 });
  // Larger than Veriff takes (small: just, as decoding costs by the pixel): downscaled to 1920 px on the way.
  await (phone ? card(4032, 3024, 110) : card(1950, 1220, 40))
    .withExif({ IFD0: { Make: "TestCam", Model: "Bulk 1" } })
    .toFile(path.join(folder, "front.jpg"));
  await (phone ? card(4032, 3024, 140) : card(1200, 750, 90)).toFile(path.join(folder, "back.jpg"));
  // Stored landscape, to be shown upright (EXIF orientation 6: turn 90° clockwise): small, sent as 600 x 800.
  await (phone ? card(3088, 2316, 170) : card(800, 600, 150))
    .withMetadata({ orientation: 6 })
    .toFile(path.join(folder, "face.jpg"));
  await writeFile(path.join(folder, "huge.png"), png(20_000, 20_000, Buffer.alloc(0)));
}
