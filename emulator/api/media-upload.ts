// POST /sessions/{id}/media: one image or one set of NFC data per request.
import { IMAGE_CONTEXTS, NFC_CONTEXT } from "../contexts";
import { ApiError } from "../http/errors";
import type { Reply } from "../http/respond";
import type { RequestContext } from "../router";
import type { Session } from "../store";
import { VERIFF_LIMITS } from "../../lib/limits";
import { sniffMedia } from "../../lib/media/sniff-media";
import { checkTimestamp, decodeBase64, isRecord, parseJsonObject } from "../validation";
import { existing } from "./sessions";
import { mediaView } from "./views";

const MAX_IMAGE_BASE64_CHARS = VERIFF_LIMITS.imageBase64Chars;
const MAX_PDF_BYTES = VERIFF_LIMITS.pdfBytes;
// Images are limited in base64 characters, PDFs in file bytes (20 MB is ~26.7 M characters).
const MAX_CONTENT_CHARS = Math.ceil((MAX_PDF_BYTES * 4) / 3) + 64;
const MAX_NFC_BYTES = VERIFF_LIMITS.nfcBytes;
const MAX_LONGER_SIDE = VERIFF_LIMITS.longerSidePx;
const NFC_GROUPS = ["com", "sod", "dg1", "dg2"] as const;

export function uploadMedia({ emulator, params, body }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const request = parseJsonObject(body);
  if (!emulator.isOpen(session)) {
    throw new ApiError(409, "1101", `Media cannot be added: the session is ${session.status}`);
  }
  if (request.nfcDocuments !== undefined) return uploadNfc(emulator, session, request.nfcDocuments);
  if (request.image === undefined)
    throw new ApiError(400, "1400", "Image data not found: send an image or nfcDocuments object");
  return uploadImage(emulator, session, request.image);
}

function uploadImage(emulator: RequestContext["emulator"], session: Session, image: unknown): Reply {
  if (!isRecord(image) || image.context === undefined || image.content === undefined) {
    throw new ApiError(400, "1403", "Image property missing: image needs context and content");
  }
  const { context, content, timestamp } = image;
  if (typeof context !== "string" || !IMAGE_CONTEXTS.has(context)) {
    throw new ApiError(400, "1402", `Image context not supported: ${JSON.stringify(context)}`);
  }
  checkTimestamp(timestamp);
  if (typeof content !== "string") throw new ApiError(400, "1401", "Image is not valid base64");
  if (content.length > MAX_CONTENT_CHARS) throw new ApiError(413, "1101", "File is too large");
  const bytes = decodeBase64(content);
  if (!bytes) throw new ApiError(400, "1401", "Image is not valid base64");

  const sniffed = sniffMedia(bytes);
  if (!sniffed) throw new ApiError(400, "1104", "Unsupported file: send JPEG, PNG, HEIC/HEIF, WebP or PDF");
  const flags: string[] = [];
  if (sniffed.mimetype === "application/pdf") {
    if (!emulator.config.pdfEnabled)
      throw new ApiError(400, "1104", "PDF uploads are not enabled for this integration");
    if (bytes.length > MAX_PDF_BYTES) throw new ApiError(413, "1101", "PDF is larger than 20 MB");
  } else if (content.length > MAX_IMAGE_BASE64_CHARS) {
    throw new ApiError(413, "1101", "Image is larger than 24 MB in base64");
  }
  const longerSide = Math.max(sniffed.width ?? 0, sniffed.height ?? 0);
  if (longerSide > MAX_LONGER_SIDE) {
    // Strict by default so that our own client can never regress silently.
    if (emulator.config.strict) {
      throw new ApiError(
        400,
        "1104",
        `Image longer side is ${longerSide} px: at most ${MAX_LONGER_SIDE} px is accepted`,
      );
    }
    flags.push(`longer side ${longerSide} px is over ${MAX_LONGER_SIDE} px`);
  }

  emulator.markStarted(session);
  const media = emulator.store.addMedia({
    sessionId: session.id,
    attemptId: emulator.store.currentAttempt(session).id,
    kind: "image",
    context,
    mimetype: sniffed.mimetype,
    size: bytes.length,
    bytes,
    width: sniffed.width,
    height: sniffed.height,
    flags,
    createdAt: emulator.clock.now(),
  });
  return { status: 200, json: { status: "success", image: mediaView(emulator, media) } };
}

function uploadNfc(emulator: RequestContext["emulator"], session: Session, nfc: unknown): Reply {
  const invalid = () => new ApiError(400, "1410", "NFC data format is invalid or missing required fields", "error");
  if (!isRecord(nfc)) throw invalid();
  const groups = NFC_GROUPS.map((group) => {
    const value = nfc[group];
    return typeof value === "string" ? decodeBase64(value) : undefined;
  });
  if (groups.some((group) => !group?.length)) throw invalid();
  const bytes = Buffer.concat(groups as Buffer[]);
  if (bytes.length > MAX_NFC_BYTES)
    throw new ApiError(413, "1412", "NFC payload too large. Maximum size is 500KB", "error");

  emulator.markStarted(session);
  const media = emulator.store.addMedia({
    sessionId: session.id,
    attemptId: emulator.store.currentAttempt(session).id,
    kind: "nfc",
    context: NFC_CONTEXT,
    mimetype: "application/octet-stream",
    size: bytes.length,
    bytes,
    flags: [],
    createdAt: emulator.clock.now(),
  });
  return { status: 200, json: { status: "success", nfcDocument: mediaView(emulator, media) } };
}
