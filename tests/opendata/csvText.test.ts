import { describe, expect, it } from "vitest";
import { csvDocument, csvField } from "../../src/opendata/csvText.ts";
import { readCsv } from "../helpers/readCsv.ts";

describe("csvText", () => {
  it("quotes fields with commas, quotes and line breaks, and reads back to the same text", () => {
    const rows = [
      ['قال «الوزير»، بحسب "الوكالة"', "سطر\r\nثانٍ\nوثالث", "عادي"],
      ["", "٨٠ في المئة", "a,b"],
    ];
    expect(readCsv(csvDocument(["a", "b", "c"], rows))).toEqual([["a", "b", "c"], ...rows]);
  });

  it("starts the document with a byte-order mark and ends every record with CRLF", () => {
    const text = csvDocument(["id"], [["x"]]);
    expect(text).toBe("\uFEFFid\r\nx\r\n");
  });

  it("turns a cell that a spreadsheet would run as a formula into text with a leading apostrophe", () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField("+966 5")).toBe("'+966 5");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("عنوان = 3")).toBe("عنوان = 3");
    // Numbers are the writer's own values, never formulas.
    expect(csvField(-3)).toBe("-3");
  });
});
