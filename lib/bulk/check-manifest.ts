import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { requiredContexts } from "@/lib/capture/required-frames";
import { MAX_PDF_BYTES, VERIFF_LIMITS } from "@/lib/limits";
import { sniffMedia } from "@/lib/media/sniff-media";
import { IMAGE_CONTEXTS, type CreateSessionInput, type ImageContext } from "@/lib/veriff/schemas";
import { BULK_LIMITS } from "./bulk-limits";
import { manifestRow, type ManifestRow } from "./manifest-row";
import type { ReadManifest } from "./read-manifest";

export interface CheckedImage {
  /** Where the manifest names it, e.g. images.face[0]: reports name fields, never paths (a path may hold a name). */
  field: string;
  context: ImageContext;
  file: string;
}

/** A row that passed every check: what is sent for it, in order. */
export interface CheckedRow {
  rowNumber: number;
  sha256: string;
  session: Omit<CreateSessionInput, "callback">;
  images: CheckedImage[];
  nfc?: { com: string; sod: string; dg1: string; dg2: string };
  collectedData?: ManifestRow["collectedData"];
}

export type BadRowCode =
  | "invalid_row"
  | "unknown_context"
  | "missing_context"
  | "missing_file"
  | "unsupported_type"
  | "image_too_large"
  | "pdf_not_accepted"
  | "invalid_nfc_data";

export interface BadRow {
  rowNumber: number;
  code: BadRowCode;
  message: string;
}

export interface ManifestCheck {
  good: CheckedRow[];
  bad: BadRow[];
}

const KNOWN_CONTEXTS: ReadonlySet<string> = new Set(IMAGE_CONTEXTS);
const PDF_CONTEXTS: ReadonlySet<string> = new Set(["document-front", "document-back", "address-front"]);
const PARALLEL_ROWS = 8;

/**
 * Every row checked before anything is sent: its fields against the session
 * contract, each context known, the sides its document needs present, each
 * file there, of a type Veriff takes and within the limits (an image larger
 * than 1920 px is fine: it is downscaled when sent). Each file is read once,
 * and its bytes go into the row's hash.
 */
export async function checkManifest(manifest: ReadManifest, { pdfEnabled }: { pdfEnabled: boolean }) {
  const results: (CheckedRow | BadRow)[] = new Array(manifest.rows.length);
  let next = 0;
  const worker = async () => {
    while (next < manifest.rows.length) {
      const index = next++;
      results[index] = await checkRow(manifest.rows[index], index + 1, manifest.folder, pdfEnabled);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_ROWS }, worker));
  const check: ManifestCheck = { good: [], bad: [] };
  for (const result of results) {
    if ("code" in result) check.bad.push(result);
    else check.good.push(result);
  }
  return check;
}

async function checkRow(raw: unknown, rowNumber: number, folder: string, pdfEnabled: boolean) {
  const bad = (code: BadRowCode, message: string): BadRow => ({ rowNumber, code, message });
  const parsed = manifestRow.safeParse(raw);
  if (!parsed.success) return bad("invalid_row", describeIssues(parsed.error));
  const { images: byContext, pdf, nfc, collectedData, ...session } = parsed.data;
  if (!session.document?.type) return bad("invalid_row", "document.type: required");

  const images: CheckedImage[] = [];
  for (const [context, paths] of Object.entries(byContext)) {
    if (!KNOWN_CONTEXTS.has(context)) return bad("unknown_context", `images.${context}: not a Veriff media context`);
    (Array.isArray(paths) ? paths : [paths]).forEach((file, index) =>
      images.push({ field: `images.${context}[${index}]`, context: context as ImageContext, file }),
    );
  }
  if (pdf) images.unshift({ field: "pdf", context: "document-front", file: pdf });
  if (images.length > BULK_LIMITS.imagesPerRow)
    return bad("invalid_row", `images: ${images.length} files; at most ${BULK_LIMITS.imagesPerRow} per row`);
  const missing = requiredContexts({ documentType: session.document.type, proofOfAddress: "none" }).filter(
    (base) => !images.some((image) => image.context === base),
  );
  if (missing.length) return bad("missing_context", `no image for ${missing.join(", ")}`);

  const hash = createHash("sha256").update(JSON.stringify(parsed.data));
  for (const image of images) {
    image.file = path.resolve(folder, image.file);
    const bytes = await readWithin(image.file, BULK_LIMITS.sourceImageBytes);
    if (bytes === "missing") return bad("missing_file", `${image.field}: no such file`);
    if (bytes === "too_large")
      return bad("image_too_large", `${image.field}: larger than ${BULK_LIMITS.sourceImageBytes} bytes`);
    const sniffed = sniffMedia(bytes);
    if (!sniffed) return bad("unsupported_type", `${image.field}: not a JPEG, PNG, WebP, HEIC or PDF file`);
    if (sniffed.mimetype === "application/pdf") {
      if (!pdfEnabled || !PDF_CONTEXTS.has(image.context))
        return bad("pdf_not_accepted", `${image.field}: PDF files are not accepted here`);
      if (bytes.length > MAX_PDF_BYTES)
        return bad("image_too_large", `${image.field}: a PDF of at most ${MAX_PDF_BYTES} bytes`);
    } else if ((sniffed.width ?? 0) * (sniffed.height ?? 0) > BULK_LIMITS.sourcePixels) {
      return bad("image_too_large", `${image.field}: more than ${BULK_LIMITS.sourcePixels} pixels`);
    } else if (
      (sniffed.mimetype === "image/heic" || sniffed.mimetype === "image/heif") &&
      Math.max(sniffed.width ?? 0, sniffed.height ?? 0) > VERIFF_LIMITS.longerSidePx
    ) {
      return bad(
        "image_too_large",
        `${image.field}: a HEIC larger than ${VERIFF_LIMITS.longerSidePx} px (convert it to JPEG)`,
      );
    }
    hash.update(createHash("sha256").update(bytes).digest());
  }

  let nfcFiles: CheckedRow["nfc"];
  if (nfc) {
    nfcFiles = { com: "", sod: "", dg1: "", dg2: "" };
    let total = 0;
    for (const group of ["com", "sod", "dg1", "dg2"] as const) {
      const file = path.resolve(folder, nfc[group]);
      const bytes = await readWithin(file, VERIFF_LIMITS.nfcBytes);
      if (bytes === "missing") return bad("missing_file", `nfc.${group}: no such file`);
      if (bytes === "too_large" || (total += bytes.length) > VERIFF_LIMITS.nfcBytes)
        return bad("invalid_nfc_data", `nfc: the data groups exceed ${VERIFF_LIMITS.nfcBytes} bytes together`);
      if (bytes.length === 0) return bad("invalid_nfc_data", `nfc.${group}: empty`);
      nfcFiles[group] = file;
      hash.update(createHash("sha256").update(bytes).digest());
    }
  }
  return {
    rowNumber,
    sha256: hash.digest("hex"),
    session,
    images,
    ...(nfcFiles ? { nfc: nfcFiles } : {}),
    ...(collectedData ? { collectedData } : {}),
  } satisfies CheckedRow;
}

/** Field paths and what is wrong with them; never the values (personal data). */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(row)"}: ${issue.message}`)
    .join("; ")
    .slice(0, 1000);
}

async function readWithin(file: string, limit: number): Promise<Buffer | "missing" | "too_large"> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return "missing";
  if (info.size > limit) return "too_large";
  return readFile(file);
}
