import { describe, expect, it } from "vitest";
import { parseAttribution } from "../../src/ingest/parseAttribution.ts";
import { parseArticleDate, toAsciiDigits } from "../../src/ingest/parseArticleDate.ts";

describe("parseAttribution", () => {
  it("reads newspaper and date from the usual attribution", () => {
    expect(parseAttribution("نشر في الحياة يوم 06 - 10 - 2017")).toEqual({
      source: "الحياة",
      dateText: "06 - 10 - 2017",
      date: "2017-10-06",
      lang: "ar",
    });
  });

  it.each([
    ["نشر في اليوم يوم 14 - 02 - 2016", "اليوم"],
    ["نشر في اليوم السابع يوم 25 - 01 - 2018", "اليوم السابع"],
    ["نشر في أخبار اليوم يوم 25 - 01 - 2018", "أخبار اليوم"],
    ["نشر في الشروق اليومي يوم 01 - 09 - 2014", "الشروق اليومي"],
    ["نشر في كش24 يوم 03 - 07 - 2022", "كش24"],
    ["نشر في يوم يوم 03 - 07 - 2022", "يوم"],
  ])("splits %j at the last « يوم » so the newspaper is %j", (line, source) => {
    expect(parseAttribution(line)?.source).toBe(source);
  });

  it("drops invisible direction controls from the newspaper and author, so they name the same ones", () => {
    expect(
      parseAttribution("\u200fفلان\u202c نشر في \u202eالرياض\u202c\u2067 يوم 06 - 10 - 2017"),
    ).toEqual({
      source: "الرياض",
      author: "فلان",
      dateText: "06 - 10 - 2017",
      date: "2017-10-06",
      lang: "ar",
    });
  });

  it("takes the text before نشر في as the author of an opinion piece", () => {
    expect(parseAttribution("خالد السليمان نشر في الرياض يوم 06 - 03 - 2025")).toMatchObject({
      author: "خالد السليمان",
      source: "الرياض",
      date: "2025-03-06",
    });
  });

  it("reads Arabic-Indic and Persian digits but keeps the date text as printed", () => {
    expect(parseAttribution("نشر في الحياة يوم ٠٦ - ١٠ - ٢٠١٧")).toMatchObject({
      date: "2017-10-06",
      dateText: "٠٦ - ١٠ - ٢٠١٧",
    });
    expect(parseAttribution("نشر في الحياة يوم ۰۶ - ۱۰ - ۲۰۱۷")?.date).toBe("2017-10-06");
  });

  it("reports an impossible date without moving it to another day", () => {
    const attribution = parseAttribution("نشر في الرياض يوم 31 - 02 - 2017");
    expect(attribution?.date).toBeUndefined();
    expect(attribution?.dateText).toBe("31 - 02 - 2017");
    expect(attribution?.problem).toMatch(/^impossible date "31 - 02 - 2017"/);
  });

  it("reads the French attribution of the sister sites", () => {
    expect(parseAttribution("Publié dans Le Soir d'Algérie le 05 - 11 - 2009")).toMatchObject({
      source: "Le Soir d'Algérie",
      date: "2009-11-05",
      lang: "fr",
    });
  });

  it("returns undefined for a line that is not an attribution", () => {
    expect(parseAttribution("«داعش» يتجه لإنشاء «خلافة افتراضية»")).toBeUndefined();
    expect(parseAttribution("نشر في الصحف خبر")).toBeUndefined();
  });

  it.each(["...", "\u200f", "\u200f\u00a0\u200e", "«»", "- / -"])(
    "names no newspaper when the name %j has no letter or digit",
    (source) => {
      expect(parseAttribution(`نشر في ${source} يوم 12 - 03 - 2019`)).toBeUndefined();
    },
  );
});

describe("parseArticleDate", () => {
  it("accepts 29 February in a leap year only", () => {
    expect(parseArticleDate("29 - 02 - 2016").date).toBe("2016-02-29");
    expect(parseArticleDate("29 - 02 - 2017").problem).toMatch(/^impossible date/);
    expect(parseArticleDate("01 - 01 - 9999").problem).toBe(
      'date out of range "01 - 01 - 9999" (year 9999; archived news is dated 1800–2100)',
    );
  });

  it("explains a date it cannot read", () => {
    expect(parseArticleDate("الجمعة")).toEqual({
      dateText: "الجمعة",
      problem: 'unreadable date "الجمعة" (expected DD - MM - YYYY)',
    });
  });

  it("converts Eastern digits to ASCII", () => {
    expect(toAsciiDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789 0123456789");
  });
});
