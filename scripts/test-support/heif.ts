// A HEIF container holding only what our checks read: its brand and the
// pixel sizes of its pictures (ispe boxes), like an iPhone photo made of
// 512 px tiles. No picture data: no browser can decode it, which is exactly
// the case the capture page passes a HEIC through for.
function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, body]);
}

const fullBoxHeader = () => Buffer.alloc(4); // version 0, flags 0

function ispe(width: number, height: number): Buffer {
  const size = Buffer.alloc(8);
  size.writeUInt32BE(width, 0);
  size.writeUInt32BE(height, 4);
  return box("ispe", fullBoxHeader(), size);
}

/** `sizes`: each picture's [width, height], in file order (put a tile first to mimic a grid photo). */
export function heif(sizes: [number, number][], brand = "heic"): Buffer {
  const ftyp = box("ftyp", Buffer.from(brand, "latin1"), Buffer.alloc(4), Buffer.from(`mif1${brand}`, "latin1"));
  const meta = box("meta", fullBoxHeader(), box("iprp", box("ipco", ...sizes.map(([width, height]) => ispe(width, height)))));
  return Buffer.concat([ftyp, meta]);
}
