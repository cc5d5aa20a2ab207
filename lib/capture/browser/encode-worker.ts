// Runs in a Web Worker: downscales a camera frame or decodes a chosen photo,
// and encodes the JPEG, so the page stays responsive while it works (on a
// phone, the main thread otherwise freezes ~30 ms a frame, or ~100 ms for a
// 12-megapixel file). Measured in the toolchain notes.
import { decodeOptions, JPEG_QUALITY, scaledSize } from "./encode-frame";
import type { Box } from "./guide-region";

export type EncodeRequest =
  | { id: number; kind: "frame"; frame: VideoFrame; crop?: Box }
  | { id: number; kind: "file"; file: Blob; fit?: { width: number; height: number } };
// id null: a request the worker could not read (messageerror), so it cannot say which one.
export type EncodeResponse =
  { id: number; ok: true; blob: Blob; width: number; height: number } | { id: number | null; ok: false; error: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<EncodeRequest>) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(message: EncodeResponse): void;
};

scope.onmessage = ({ data }) => void encode(data).then(scope.postMessage.bind(scope));
// Without this answer the page would wait for a reply that never comes.
scope.onmessageerror = () => scope.postMessage({ id: null, ok: false, error: "the request could not be read" });

async function encode(request: EncodeRequest): Promise<EncodeResponse> {
  let source: VideoFrame | ImageBitmap | null = request.kind === "frame" ? request.frame : null;
  try {
    if (request.kind === "file") source = await createImageBitmap(request.file, decodeOptions(request.fit));
    if (!source) throw new Error("nothing to encode");
    const part = (request.kind === "frame" && request.crop) || {
      x: 0,
      y: 0,
      width: "displayWidth" in source ? source.displayWidth : source.width,
      height: "displayHeight" in source ? source.displayHeight : source.height,
    };
    const { width, height } = scaledSize(part.width, part.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context in this worker");
    context.imageSmoothingQuality = "high";
    context.drawImage(source, part.x, part.y, part.width, part.height, 0, 0, width, height);
    // Released before encoding: a camera's frames come from a small pool, and an unclosed one stalls the preview.
    source.close();
    source = null;
    const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: JPEG_QUALITY });
    return { id: request.id, ok: true, blob, width, height };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    source?.close();
  }
}
