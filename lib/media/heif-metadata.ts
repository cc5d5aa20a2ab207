// A HEIF file (HEIC) without its metadata: the Exif and XMP items a phone
// writes beside the picture (where it was taken, the phone's make and serial
// number) are overwritten with zeros where they lie, so the pictures, the
// boxes and every offset stay exactly as they were. The browser sends a HEIC
// it cannot decode as it is (lib/capture/browser/prepare-file.ts); this keeps
// the place it was taken on the phone. Veriff needs the picture, not that.
import { boxesIn, fullBoxPayload, type Box } from "./heif-boxes";

/**
 * A copy of `bytes` with every Exif and XMP item's data zeroed; the bytes
 * themselves when the file holds none. Null when it cannot be made sure: no
 * readable item table, or a metadata item whose data this cannot reach (in
 * another file, or built from other items).
 */
export function withoutHeifMetadata(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> | null {
  const meta = boxesIn(bytes, 0, bytes.length)?.find((box) => box.type === "meta");
  const metaChildren = meta && boxesIn(bytes, fullBoxPayload(meta), meta.end);
  const iinf = metaChildren?.find((box) => box.type === "iinf");
  const iloc = metaChildren?.find((box) => box.type === "iloc");
  if (!metaChildren || !iinf || !iloc) return null;
  const metadataItems = new Set(
    itemInfos(bytes, iinf)
      .filter(isMetadata)
      .map((info) => info.id),
  );
  if (!metadataItems.size) return bytes;
  const locations = itemLocations(
    bytes,
    iloc,
    metaChildren.find((box) => box.type === "idat"),
  );
  if (!locations) return null;
  const blanked = new Uint8Array(bytes);
  for (const item of metadataItems) {
    const extents = locations.get(item);
    if (!extents) return null;
    for (const extent of extents) blanked.fill(0, extent.start, extent.end);
  }
  return blanked;
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

/** The `infe` entries of an `iinf` box (versions 2 and 3, the ones HEIF uses). */
function itemInfos(bytes: Uint8Array, iinf: Box): ItemInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[iinf.start]!;
  const entries = boxesIn(bytes, fullBoxPayload(iinf) + (version === 0 ? 2 : 4), iinf.end) ?? [];
  return entries.flatMap((infe) => {
    const infeVersion = bytes[infe.start]!;
    if (infe.type !== "infe" || infeVersion < 2) return [];
    let at = fullBoxPayload(infe);
    const id = infeVersion === 2 ? view.getUint16(at) : view.getUint32(at);
    at += (infeVersion === 2 ? 2 : 4) + 2; // the item id, then its protection index
    const type = String.fromCharCode(...bytes.subarray(at, at + 4));
    const [, contentType = ""] = nulTerminated(bytes, at + 4, infe.end, 2); // the item's name, then (mime items) its content type
    return [{ id, type, contentType }];
  });
}

/**
 * Where each item's data lies in the file, from an `iloc` box: in the file
 * itself (construction method 0) or in `idat` (1). An item whose data this
 * cannot reach (another file, method 2) has null; the whole table is undefined
 * when it is unreadable.
 */
function itemLocations(bytes: Uint8Array, iloc: Box, idat: Box | undefined): Map<number, Extent[] | null> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[iloc.start]!;
  let at = fullBoxPayload(iloc);
  const read = (size: number): number => {
    const value =
      size === 0
        ? 0
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const sizes = [
    bytes[at]! >> 4,
    bytes[at]! & 0xf,
    bytes[at + 1]! >> 4,
    version === 1 || version === 2 ? bytes[at + 1]! & 0xf : 0,
  ];
  if (version > 2 || !sizes.every((size) => size === 0 || size === 4 || size === 8)) return undefined;
  const [offsetSize, lengthSize, baseOffsetSize, indexSize] = sizes as [number, number, number, number];
  at += 2;
  const locations = new Map<number, Extent[] | null>();
  try {
    const itemCount = read(version < 2 ? 2 : 4);
    for (let index = 0; index < itemCount; index++) {
      const item = read(version < 2 ? 2 : 4);
      const constructionMethod = version === 1 || version === 2 ? read(2) & 0xf : 0;
      const dataReference = read(2); // 0: this file
      const baseOffset = read(baseOffsetSize);
      const extentCount = read(2);
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

/** `count` NUL-terminated strings from `from`, the last one possibly cut short by `to`. */
function nulTerminated(bytes: Uint8Array, from: number, to: number, count: number): string[] {
  const strings: string[] = [];
  for (let at = from; strings.length < count && at < to;) {
    const end = bytes.indexOf(0, at);
    const stop = end < 0 || end > to ? to : end;
    strings.push(String.fromCharCode(...bytes.subarray(at, stop)));
    at = stop + 1;
  }
  return strings;
}
