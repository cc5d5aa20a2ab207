import { describe, expect, it } from "vitest";
import { csvField, csvLine, CsvError, parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF or LF, and a byte-order mark", () => {
    const text = '\ufeffa,b,c\r\n"1,5","say ""hi""","two\nlines"\n,,\nlast,row,';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["1,5", 'say "hi"', "two\nlines"],
      ["", "", ""],
      ["last", "row", ""],
    ]);
  });

  it("ends the last record at a trailing line break, not after it", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("refuses a quoted field left open", () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvError);
  });

  it("writes what it reads, and never a formula a spreadsheet would run", () => {
    const values = ["plain", "with, comma", 'a "quote"', "=HYPERLINK()", "-1", null, 42];
    expect(csvLine(values)).toBe('plain,"with, comma","a ""quote""",\'=HYPERLINK(),\'-1,,42\r\n');
    expect(parseCsv(csvLine(["x,y", 'q"'])).at(0)).toEqual(["x,y", 'q"']);
    expect(csvField(-1)).toBe("-1");
  });
});
