import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  attributionLine,
  encodeRawPage,
  renderRawPage,
  tickerLine,
} from "../../src/corpus/renderRawPage.ts";
import { splitTrainingPage } from "../../src/corpus/trainingText.ts";

const seedBytes = readFileSync(new URL("../../src/corpus/seedPage.txt", import.meta.url));
const seedText = seedBytes.toString("utf8");

describe("renderRawPage", () => {
  it("rebuilds the real seed page byte for byte from its parts", () => {
    const parts = splitTrainingPage(seedText);
    const text = renderRawPage({
      ticker: parts.tickerSlots,
      tickerSeparator: "nbsp",
      tickerLeadingRun: false,
      tickerTrailingRun: true,
      imageWidget: true,
      title: parts.title,
      newspaper: "الحياة",
      date: { day: 6, month: 10, year: 2017 },
      arabicIndicDigits: false,
      paragraphs: parts.paragraphs,
      bodyLayout: "lines",
      finalNewline: false,
    });
    expect(encodeRawPage(text, { charset: "utf-8", bom: false, crlf: false })).toEqual(seedBytes);
  });

  it("keeps the seed's empty ticker slot as eight no-break spaces in a row", () => {
    const parts = splitTrainingPage(seedText);
    expect(parts.tickerSlots).toHaveLength(58);
    expect(parts.headlines).toHaveLength(57);
    const line = tickerLine({
      ticker: parts.tickerSlots,
      tickerSeparator: "nbsp",
      tickerLeadingRun: false,
      tickerTrailingRun: false,
    });
    expect(line).toContain(
      "لليتيم 2025 م\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0بدرية عيسى",
    );
  });

  it("prints an opinion piece's author before نشر في and can write Arabic-Indic digits", () => {
    expect(
      attributionLine({
        author: "محمد الفهد",
        newspaper: "الرياض",
        date: { day: 6, month: 3, year: 2025 },
        arabicIndicDigits: false,
      }),
    ).toBe("محمد الفهد نشر في الرياض يوم 06 - 03 - 2025");
    expect(
      attributionLine({
        newspaper: "الشروق اليومي",
        date: { day: 31, month: 1, year: 2019 },
        arabicIndicDigits: true,
      }),
    ).toBe("نشر في الشروق اليومي يوم ٣١ - ٠١ - ٢٠١٩");
  });

  it("starts the ticker with a run and separates with plain spaces when asked", () => {
    expect(
      tickerLine({
        ticker: ["أ ب", "ج"],
        tickerSeparator: "space",
        tickerLeadingRun: true,
        tickerTrailingRun: false,
      }),
    ).toBe("    أ ب    ج");
  });

  it("encodes Windows-1256 only when every character fits, and UTF-16 with its BOM", () => {
    const arabic = "نشر في عكاظ «خبر»\n";
    const cp1256 = encodeRawPage(arabic, { charset: "windows-1256", bom: false, crlf: true });
    expect(cp1256?.subarray(0, 3)).toEqual(Buffer.from([0xe4, 0xd4, 0xd1])); // ن ش ر
    expect(cp1256?.subarray(-2)).toEqual(Buffer.from("\r\n"));
    expect(
      encodeRawPage("60 ٪ من ٢٠٢٥", { charset: "windows-1256", bom: false, crlf: false }),
    ).toBeUndefined();
    const utf16 = encodeRawPage("خبر", { charset: "utf-16le", bom: true, crlf: false });
    expect(utf16).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("خبر", "utf16le")]),
    );
  });
});
