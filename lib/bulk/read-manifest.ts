import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import path from "node:path";
import { BULK_LIMITS } from "./bulk-limits";
import { CsvError, parseCsv } from "./parse-csv";
import { rowFromCsv } from "./manifest-row";

export interface ReadManifest {
  /** SHA-256 of the file's bytes: the batch's identity, so a rerun finds it. */
  sha256: string;
  name: string;
  /** Where the rows' relative paths start. */
  folder: string;
  /** Each row as written, not yet checked: row 1 is the first person. */
  rows: unknown[];
}

/** The manifest cannot be read at all (not one of its rows is looked at). */
export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

/**
 * Reads a CSV (a header row of dotted field names, then one row per person)
 * or JSON manifest (an array of rows, or {"rows": [...]}), chosen by the file
 * name's extension; the file is read up to BULK_LIMITS.manifestBytes only.
 */
export async function readManifest(file: string): Promise<ReadManifest> {
  const bytes = await readCapped(file, BULK_LIMITS.manifestBytes);
  const text = bytes.toString("utf8");
  const json = path.extname(file).toLowerCase() === ".json";
  const rows = json ? jsonRows(text) : csvRows(text);
  if (rows.length === 0) throw new ManifestError("The manifest holds no rows.");
  if (rows.length > BULK_LIMITS.rows)
    throw new ManifestError(`The manifest holds ${rows.length} rows; at most ${BULK_LIMITS.rows} in one batch.`);
  return {
    sha256: createHash("sha256").update(bytes).digest("hex"),
    name: path.basename(file).slice(0, 255),
    folder: path.dirname(path.resolve(file)),
    rows,
  };
}

function jsonRows(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`The manifest is not valid JSON: ${(error as Error).message}`);
  }
  const rows = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new ManifestError('A JSON manifest is an array of rows, or {"rows": [...]}.');
  return rows;
}

function csvRows(text: string): unknown[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new ManifestError(`The manifest is not valid CSV: ${error.message}`);
    throw error;
  }
  const [headers, ...body] = records;
  if (!headers?.some((header) => header.trim()))
    throw new ManifestError("A CSV manifest starts with a header row of field names.");
  // A blank line (a spreadsheet's trailing one) is no person.
  return body.filter((cells) => cells.some((cell) => cell.trim())).map((cells) => rowFromCsv(headers, cells));
}

async function readCapped(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new ManifestError(`The manifest cannot be opened (${error.code ?? error.message}).`);
  });
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new ManifestError(`The manifest is ${size} bytes; at most ${limit}.`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
