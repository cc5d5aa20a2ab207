// The boxes of an ISO base media file (HEIF, ISO/IEC 14496-12), read in the
// browser and on the server alike.

export interface Box {
  type: string;
  /** Where the payload starts and ends, in the whole file. */
  start: number;
  end: number;
}

/** The boxes between `from` and `to`; undefined when one is cut short or claims an impossible size. */
export function boxesIn(bytes: Uint8Array, from: number, to: number): Box[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: Box[] = [];
  for (let offset = from; offset < to;) {
    if (to - offset < 8) return undefined;
    let size = view.getUint32(offset);
    let header = 8;
    if (size === 1) {
      // A 64-bit size follows the type (a large mdat).
      if (to - offset < 16) return undefined;
      size = Number(view.getBigUint64(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = to - offset; // the box runs to the end of its parent
    }
    if (size < header || offset + size > to) return undefined;
    boxes.push({ type: latin1(bytes, offset + 4, 4), start: offset + header, end: offset + size });
    offset += size;
  }
  return boxes;
}

/** Where a full box's own fields start: after its version and flags. */
export function fullBoxPayload(box: Box): number {
  return box.start + 4;
}

export function latin1(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}
