import { describe, expect, it } from "vitest";
import {
  formatCsvRow,
  neutraliseFormula,
  parseCsv,
  restoreNeutralised,
} from "@/lib/subscription/csv-format";

const parse = (text: string) => [...parseCsv(text)];

describe("RFC 4180 CSV", () => {
  it("reads quoted fields holding commas, doubled quotes and line breaks", () => {
    expect(parse('a,"b, ""c""","d\r\ne\nf"\r\nx,y,z\r\n')).toEqual([
      { line: 1, fields: ["a", 'b, "c"', "d\r\ne\nf"] },
      { line: 4, fields: ["x", "y", "z"] },
    ]);
  });

  it("skips a BOM and blank lines, and takes CRLF, LF or CR line ends alike", () => {
    expect(parse("\uFEFFh1,h2\r\n\r\n1,2\n3,4\r5,6")).toEqual([
      { line: 1, fields: ["h1", "h2"] },
      { line: 3, fields: ["1", "2"] },
      { line: 4, fields: ["3", "4"] },
      { line: 5, fields: ["5", "6"] },
    ]);
  });

  it("keeps empty fields, also a trailing one", () => {
    expect(parse('a,,""\n,\n')).toEqual([
      { line: 1, fields: ["a", "", ""] },
      { line: 2, fields: ["", ""] },
    ]);
  });

  it("fails only the record with a stray quote and goes on with the next line", () => {
    expect(parse('ok,1\nba"d,2\n"x"y,3\nok,4\n')).toEqual([
      { line: 1, fields: ["ok", "1"] },
      { line: 2, error: expect.stringContaining("quote inside an unquoted field") },
      { line: 3, error: expect.stringContaining("after a closing quote") },
      { line: 4, fields: ["ok", "4"] },
    ]);
  });

  it("fails the rest of the file at a quote that is never closed, naming its line", () => {
    expect(parse('ok,1\n"open,2\nok,3\n')).toEqual([
      { line: 1, fields: ["ok", "1"] },
      { line: 2, error: "a quoted field is never closed" },
    ]);
  });

  it("writes what it reads back unchanged, whatever the field holds", () => {
    const hostile = ['a "quote"', "comma, here", "line\r\nbreak", "cr\ronly", "", "plain"];
    expect(parse(formatCsvRow(hostile))).toEqual([{ line: 1, fields: hostile }]);
    expect(formatCsvRow(["x", "y z"])).toBe("x,y z\r\n");
  });

  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const cell of ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      expect(restoreNeutralised(neutraliseFormula(cell))).toBe(cell);
    }
    expect(formatCsvRow(['=cmd|" /C calc"!A0'])).toBe(`"'=cmd|"" /C calc""!A0"\r\n`);
    expect(neutraliseFormula("matti@esimerkki.fi")).toBe("matti@esimerkki.fi");
    expect(restoreNeutralised("'tavallinen")).toBe("'tavallinen");
  });
});
