// RFC 4180 CSV: fields separated by commas, quoted with double quotes where
// they hold a comma, a quote or a line break, a quote inside doubled. Small
// enough to own; the manifest reader caps the text before it gets here.

/** The records of `text`, each an array of fields; a trailing line break ends the last record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a spreadsheet's byte-order mark
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[at + 1] === '"') {
        field += '"';
        at++;
      } else quoted = false;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[at + 1] === "\n") at++;
      endRecord();
    } else field += char;
  }
  if (quoted) throw new CsvError("a quoted field is not closed");
  if (field !== "" || record.length) endRecord();
  return records;
}

export class CsvError extends Error {
  override readonly name = "CsvError";
}

/** One CSV field, quoted when it must be; a leading =, +, - or @ is prefixed so spreadsheets never run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
