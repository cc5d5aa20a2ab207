// One row of a bulk manifest: one person, the session's fields and the local
// files to send. JSON rows are this shape; CSV columns are its dotted paths
// (person.firstName, image.document-front, nfc.dg1, collectedData.ip...), with
// several files of one context separated by "|".
import { z } from "zod";
import { createSessionInput } from "@/lib/veriff/schemas";

/** One path or several: a context may be sent more than once (a "-pre" frame and the plain one, say). */
const paths = z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(5)]);

export const manifestRow = createSessionInput
  .omit({ callback: true })
  .extend({
    /** Files by Veriff media context (document-front, document-back, face, ...). */
    images: z.record(z.string(), paths).default({}),
    /** The document as one PDF, sent as its front (VERIFF_PDF_ENABLED). */
    pdf: z.string().min(1).optional(),
    /** Passport-chip data groups read by the integrator's own reader. */
    nfc: z
      .object({ com: z.string().min(1), sod: z.string().min(1), dg1: z.string().min(1), dg2: z.string().min(1) })
      .optional(),
    /** The device the integrator captured on, for Veriff's fraud checks. */
    collectedData: z
      .object({
        ip: z.union([z.ipv4(), z.ipv6()]),
        fingerprint: z.string().min(8).max(256),
        userAgent: z.string().min(1).max(1024).optional(),
        language: z.string().min(1).max(64).optional(),
        timezone: z.string().min(1).max(64).optional(),
      })
      .optional(),
  })
  .strict();
export type ManifestRow = z.infer<typeof manifestRow>;

/** A CSV record as the object a JSON row would be: dotted headers nest, empty cells are absent. */
export function rowFromCsv(headers: string[], cells: string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  headers.forEach((header, index) => {
    const cell = (cells[index] ?? "").trim();
    if (!cell) return;
    const [head, ...rest] = header.trim().split(".");
    const key = rest.join(".");
    if (!head) return;
    if (!key) {
      row[head] = cell;
      return;
    }
    const group = (row[head] ??= {}) as Record<string, unknown>;
    group[key] = head === "images" || head === "image" ? cell.split("|").map((part) => part.trim()) : cell;
  });
  // "image.face" reads better in a header; the row's field is "images".
  if (row.image && !row.images) {
    row.images = row.image;
    delete row.image;
  }
  return row;
}
