// The boxes of an ISO base media file (HEIF, ISO/IEC 14496-12), read in the
// browser and on the server alike, within the limits of lib/limits.ts: a
// file whose boxes are too many or too deep is unreadable.
import { MAX_HEIF_BOXES, MAX_HEIF_BOXES_PER_CONTAINER, MAX_HEIF_DEPTH, type ParseWork } from "../limits";

export interface Box {
  type: string;
  /** Where the payload starts and ends, in the whole file. */
  start: number;
  end: number;
  /** 0 for the file's top-level boxes, 1 for their children… */
  depth: number;
}

export interface BoxReader {
  /** The file's top-level boxes. */
  top(): Box[] | undefined;
  /** A box's children, after `fields` bytes of its own (a full box's version and flags, an entry count). */
  children(parent: Box, fields?: number): Box[] | undefined;
}

/**
 * Reads one file's boxes under one budget, shared by every container opened
 * through it. Each answer is undefined when a box is cut short, claims an
 * impossible size, or a limit is passed.
 */
export function readBoxes(bytes: Uint8Array, work: ParseWork = { steps: 0 }): BoxReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let read = 0;

  function within(from: number, to: number, depth: number): Box[] | undefined {
    if (from > to || depth >= MAX_HEIF_DEPTH) return undefined;
    const boxes: Box[] = [];
    for (let offset = from; offset < to;) {
      if (boxes.length >= MAX_HEIF_BOXES_PER_CONTAINER || read >= MAX_HEIF_BOXES) return undefined;
      read++;
      work.steps++;
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
      boxes.push({ type: latin1(bytes, offset + 4, 4), start: offset + header, end: offset + size, depth });
      offset += size;
    }
    return boxes;
  }

  return {
    top: () => within(0, bytes.length, 0),
    children: (parent, fields = 0) => within(parent.start + fields, parent.end, parent.depth + 1),
  };
}

/** How many bytes a full box's version and flags take before its own fields. */
export const FULL_BOX_FIELDS = 4;

/** Where a full box's own fields start: after its version and flags. */
export function fullBoxPayload(box: Box): number {
  return box.start + FULL_BOX_FIELDS;
}

/** A short string of single-byte characters (a box type, a brand). */
export function latin1(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let at = start; at < Math.min(start + length, bytes.length); at++) text += String.fromCharCode(bytes[at]!);
  return text;
}
