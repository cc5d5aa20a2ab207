// A HEIF file (HEIC) without its metadata: the Exif and XMP items a phone
// writes beside the picture (where it was taken, the phone's make and serial
// number) are overwritten with zeros where they lie, so the pictures, the
// boxes and every offset stay exactly as they were. The browser sends a HEIC
// it cannot decode as it is (lib/capture/browser/prepare-file.ts); this keeps
// the place it was taken on the phone. Veriff needs the picture, not that.
import { FULL_BOX_FIELDS, fullBoxPayload, latin1, readBoxes, type Box, type BoxReader } from "./heif-boxes";
import { MAX_HEIF_EXTENTS, MAX_HEIF_ITEMS, type ParseWork } from "../limits";

/**
 * A copy of `bytes` with every Exif and XMP item's data zeroed; the bytes
 * themselves when the file holds none. Null when it cannot be made sure: no
 * readable item table, a metadata item whose data this cannot reach (in
 * another file, or built from other items), or a table past the limits of
 * lib/limits.ts.
 */
export function withoutHeifMetadata(
  bytes: Uint8Array<ArrayBuffer>,
  work: ParseWork = { steps: 0 },
): Uint8Array<ArrayBuffer> | null {
  const boxes = readBoxes(bytes, work);
  const meta = boxes.top()?.find((box) => box.type === "meta");
  const metaChildren = meta && boxes.children(meta, FULL_BOX_FIELDS);
  const iinf = metaChildren?.find((box) => box.type === "iinf");
  const iloc = metaChildren?.find((box) => box.type === "iloc");
  const infos = iinf && itemInfos(bytes, iinf, boxes);
  if (!metaChildren || !iloc || !infos) return null;
  const metadataItems = new Set(infos.filter(isMetadata).map((info) => info.id));
  if (!metadataItems.size) return bytes;
  const locations = itemLocations(
    bytes,
    iloc,
    metaChildren.find((box) => box.type === "idat"),
    work,
  );
  if (!locations) return null;
  const extents: Extent[] = [];
  for (const item of metadataItems) {
    const itemExtents = locations.get(item);
    if (!itemExtents) return null;
    for (const extent of itemExtents) extents.push(extent);
  }
  return zeroed(bytes, extents);
}

interface ItemInfo {
  id: number;
  type: string;
  contentType: string;
}

interface Extent {
  start: number;
  end: number;
}

function isMetadata(info: ItemInfo): boolean {
  return info.type === "Exif" || (info.type === "mime" && info.contentType === "application/rdf+xml");
}

/**
 * The `infe` entries of an `iinf` box (versions 2 and 3, the ones HEIF uses);
 * undefined when they cannot all be read, so no metadata item goes unseen.
 */
function itemInfos(bytes: Uint8Array, iinf: Box, boxes: BoxReader): ItemInfo[] | undefined {
  if (iinf.end - iinf.start < FULL_BOX_FIELDS) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[iinf.start]!;
  const entries = boxes.children(iinf, FULL_BOX_FIELDS + (version === 0 ? 2 : 4)); // after the entry count
  if (!entries) return undefined;
  const infos: ItemInfo[] = [];
  for (const infe of entries) {
    if (infe.type !== "infe") continue;
    if (infe.end - infe.start < FULL_BOX_FIELDS) return undefined;
    const infeVersion = bytes[infe.start]!;
    if (infeVersion < 2) continue;
    const idSize = infeVersion === 2 ? 2 : 4;
    let at = fullBoxPayload(infe);
    if (infe.end - at < idSize + 2 + 4) return undefined; // the item id, its protection index, its type
    const id = idSize === 2 ? view.getUint16(at) : view.getUint32(at);
    at += idSize + 2;
    const type = latin1(bytes, at, 4);
    infos.push({ id, type, contentType: contentType(bytes.subarray(at + 4, infe.end)) });
  }
  return infos;
}

/** A mime item's content type: the second of the NUL-terminated strings after its type (its name comes first). */
function contentType(fields: Uint8Array): string {
  const nameEnd = fields.indexOf(0);
  if (nameEnd < 0) return "";
  const rest = fields.subarray(nameEnd + 1);
  const end = rest.indexOf(0);
  // Only its first characters: the content types looked for are short, so a longer one is none of them.
  return latin1(rest, 0, Math.min(end < 0 ? rest.length : end, 64));
}

/**
 * Where each item's data lies in the file, from an `iloc` box: in the file
 * itself (construction method 0) or in `idat` (1). An item whose data this
 * cannot reach (another file, method 2) has null; the whole table is undefined
 * when it is unreadable, cut short, or past the limits on items and extents.
 */
function itemLocations(
  bytes: Uint8Array,
  iloc: Box,
  idat: Box | undefined,
  work: ParseWork,
): Map<number, Extent[] | null> | undefined {
  // Only the box's own bytes: a read past its end throws, and the table is unreadable.
  const view = new DataView(bytes.buffer, bytes.byteOffset + iloc.start, iloc.end - iloc.start);
  let at = 0;
  const read = (size: number): number => {
    const value =
      size === 0
        ? 0
        : size === 1
          ? view.getUint8(at)
          : size === 2
            ? view.getUint16(at)
            : size === 4
              ? view.getUint32(at)
              : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const locations = new Map<number, Extent[] | null>();
  try {
    const version = read(1);
    at += 3; // flags
    const packed = read(2);
    const sizes = [
      packed >> 12,
      (packed >> 8) & 0xf,
      (packed >> 4) & 0xf,
      version === 1 || version === 2 ? packed & 0xf : 0,
    ];
    if (version > 2 || !sizes.every((size) => size === 0 || size === 4 || size === 8)) return undefined;
    const [offsetSize, lengthSize, baseOffsetSize, indexSize] = sizes as [number, number, number, number];
    const itemCount = read(version < 2 ? 2 : 4);
    if (itemCount > MAX_HEIF_ITEMS) return undefined;
    let extentsRead = 0;
    for (let index = 0; index < itemCount; index++) {
      work.steps++;
      const item = read(version < 2 ? 2 : 4);
      const constructionMethod = version === 1 || version === 2 ? read(2) & 0xf : 0;
      const dataReference = read(2); // 0: this file
      const baseOffset = read(baseOffsetSize);
      const extentCount = read(2);
      extentsRead += extentCount;
      if (extentsRead > MAX_HEIF_EXTENTS) return undefined;
      // Where offsets count from, and where the data may run to (a length of 0 is "to the end of it").
      const container =
        dataReference !== 0
          ? undefined
          : constructionMethod === 0
            ? { start: 0, end: bytes.length }
            : constructionMethod === 1
              ? idat
              : undefined;
      const extents: Extent[] = [];
      for (let extent = 0; extent < extentCount; extent++) {
        work.steps++;
        read(indexSize);
        const start = (container?.start ?? 0) + baseOffset + read(offsetSize);
        const length = read(lengthSize);
        if (container)
          extents.push({ start, end: Math.min(length === 0 ? container.end : start + length, bytes.length) });
      }
      locations.set(item, container ? extents : null);
    }
  } catch {
    return undefined; // cut short: a DataView read past its end
  }
  return locations;
}

/** A copy with the extents' bytes zeroed, each byte once however the extents overlap. */
function zeroed(bytes: Uint8Array<ArrayBuffer>, extents: Extent[]): Uint8Array<ArrayBuffer> {
  const blanked = new Uint8Array(bytes);
  let done = 0; // every byte of an extent before this is zeroed
  for (const { start, end } of extents.sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, done);
    if (end <= from) continue;
    blanked.fill(0, from, end);
    done = end;
  }
  return blanked;
}
