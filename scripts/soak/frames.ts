// The photos the simulated users send: real JPEGs of a document-like scene
// (bench/document-photo.ts), made once, each frame then given a comment
// segment with its own id so that every frame is different bytes (its own
// sha256), as two camera frames are, without encoding a JPEG per frame.
import { documentPhotoJpeg } from "../../bench/document-photo";

const COM = 0xfe;
const APP0 = 0xe0;

export class FramePhotos {
  private readonly bases: Record<"document" | "face", Buffer>;

  constructor() {
    // Within Veriff's 1920 px; about the size of what the capture page sends.
    this.bases = { document: documentPhotoJpeg(1280, 800, 88), face: documentPhotoJpeg(720, 960, 86) };
  }

  /** A JPEG for `context`, unique to `frameId`. */
  photo(context: string, frameId: string): Buffer {
    return withComment(this.bases[context.startsWith("face") ? "face" : "document"], `soak frame ${frameId}`);
  }
}

/** The JPEG with a COM segment after its JFIF header: still a valid JPEG of the same pixels. */
export function withComment(jpeg: Buffer, text: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error("not a JPEG");
  let at = 2;
  if (jpeg[2] === 0xff && jpeg[3] === APP0) at = 4 + jpeg.readUInt16BE(4);
  const payload = Buffer.from(text, "latin1");
  const header = Buffer.from([0xff, COM, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, at), header, payload, jpeg.subarray(at)]);
}
