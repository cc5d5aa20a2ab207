// A phone photo stored sideways with an EXIF orientation, as cameras write
// them: the pixels as the sensor saw them, and a tag saying how to turn them.
import jpeg from "jpeg-js";

/**
 * A JPEG whose stored pixels are dark on the left half and light on the
 * right, tagged with EXIF orientation 6 ("turn a quarter clockwise to show"):
 * shown upright it is dark on top and light below, `height` x `width`.
 */
export function sidewaysJpeg(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = (y * width + x) * 4;
      data.fill(x < width / 2 ? 20 : 235, pixel, pixel + 3);
      data[pixel + 3] = 255;
    }
  }
  const encoded = jpeg.encode({ data, width, height }, 90).data;
  return Buffer.concat([encoded.subarray(0, 2), exifOrientation(6), encoded.subarray(2)]);
}

/** An APP1 segment holding one big-endian TIFF IFD with the Orientation tag (0x0112). */
function exifOrientation(orientation: number): Buffer {
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // "MM", 42, first IFD at offset 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00, // Orientation, SHORT, 1 value
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
  const payload = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}
