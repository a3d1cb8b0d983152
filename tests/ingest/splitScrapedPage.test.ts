import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizePageText } from "../../src/ingest/normalizePageText.ts";
import { splitScrapedPage } from "../../src/ingest/splitScrapedPage.ts";
import { splitTicker } from "../../src/ingest/splitTicker.ts";
import { FIXTURES_DIR } from "./fixtureCases.ts";

const NBSP4 = "\u00a0".repeat(4);
const FOOTER = "انقر هنا لقراءة الخبر من مصدره.";

describe("splitScrapedPage on the real seed page", () => {
  const seed = splitScrapedPage(
    normalizePageText(readFileSync(join(FIXTURES_DIR, "seed", "input.txt"), "utf8")),
  );

  it("finds the title, the attribution and the footer", () => {
    expect(seed.title).toBe("«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني");
    expect(seed.attributionLine).toBe("نشر في الحياة يوم 06 - 10 - 2017");
    expect(seed.attribution).toMatchObject({ source: "الحياة", date: "2017-10-06" });
    expect(seed.footer).toBe(FOOTER);
    expect(seed.problems).toEqual([]);
  });

  it("keeps all 15 body paragraphs and leaves the footer out of the body", () => {
    expect(seed.bodyParagraphs).toHaveLength(15);
    expect(seed.bodyParagraphs[0]).toMatch(/^يحذر خبراء ومسؤولون من أن تنظيم «داعش»/);
    expect(seed.bodyParagraphs[14]).toMatch(/^وقال وينتر أن «فرض رقابة على الإنترنت لن يجدي نفعاً»/);
    expect(seed.bodyParagraphs.join("\n")).not.toContain("انقر هنا");
  });

  it("splits the ticker into its 57 headlines, skipping the empty slot", () => {
    expect(seed.tickerHeadlines).toHaveLength(57);
    expect(seed.tickerHeadlines[0]).toBe("مسامرة بيئية عن النباتات المحلية بمنطقة عسير");
    expect(seed.tickerHeadlines.at(-1)).toBe(
      "الشيخ صلاح البدير يؤم المصلين في جامع السلطان محمد تكروفان الأعظم بالمالديف",
    );
    expect(seed.tickerHeadlines.every((h) => h.trim() === h && h !== "")).toBe(true);
  });
});

describe("splitTicker", () => {
  it("splits on four no-break spaces or four plain spaces and drops empty slots and edge runs", () => {
    const line = `${NBSP4}أول${NBSP4}ثان${NBSP4}${NBSP4}ثالث    رابع  خامس${NBSP4}`;
    expect(splitTicker(line)).toEqual(["أول", "ثان", "ثالث", "رابع خامس"]);
  });
});

function page(...lines: string[]): string {
  return lines.join("\n");
}

describe("splitScrapedPage", () => {
  const ticker = `أ${NBSP4}ب`;

  it("keeps a body line that starts with نشر في as body text", () => {
    const parts = splitScrapedPage(
      page(
        ticker,
        "",
        "العنوان",
        "نشر في الرياض يوم 01 - 02 - 2003",
        "",
        "فقرة.",
        "نشر في الصحف يوم أمس خبر.",
        "",
        FOOTER,
      ),
    );
    expect(parts.bodyParagraphs).toEqual(["فقرة.", "نشر في الصحف يوم أمس خبر."]);
  });

  it("keeps a wire marker such as // انتهى // as body text", () => {
    const parts = splitScrapedPage(
      page(ticker, "العنوان", "نشر في واس يوم 01 - 02 - 2003", "فقرة.", "// انتهى //", FOOTER),
    );
    expect(parts.bodyParagraphs).toEqual(["فقرة.", "// انتهى //"]);
  });

  it("skips the image-report widget lines above the title", () => {
    const parts = splitScrapedPage(
      page(
        ticker,
        "",
        "شكرا على الإبلاغ!",
        "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
        "",
        "العنوان",
        "نشر في واس يوم 01 - 02 - 2003",
        "فقرة.",
        FOOTER,
      ),
    );
    expect(parts.title).toBe("العنوان");
    expect(parts.bodyParagraphs).toEqual(["فقرة."]);
  });

  it("reads a French page with its French attribution and footer as lang fr", () => {
    const parts = splitScrapedPage(
      page(
        ticker,
        "Le titre",
        "Publié dans El Watan le 28 - 10 - 2019",
        "Un paragraphe.",
        "Cliquez ici pour lire l'article depuis sa source.",
      ),
    );
    expect(parts).toMatchObject({
      title: "Le titre",
      lang: "fr",
      bodyParagraphs: ["Un paragraphe."],
      problems: [],
    });
    expect(parts.attribution).toMatchObject({ source: "El Watan", date: "2019-10-28" });
  });

  it("handles a French page with an unknown attribution as a rejected page without crashing", () => {
    const parts = splitScrapedPage(
      page(
        ticker,
        "Le titre",
        "Par notre correspondant",
        "Texte.",
        "Cliquez ici pour lire l'article depuis sa source.",
      ),
    );
    expect(parts.problems[0]?.severity).toBe("error");
    expect(parts.lang).toBe("fr");
  });

  it("reads a 5 MB single-line body in linear time", () => {
    const body = "كلمة ".repeat(1_000_000).trim();
    const started = performance.now();
    const parts = splitScrapedPage(
      page(ticker, "العنوان", "نشر في واس يوم 01 - 02 - 2003", body, FOOTER),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parts.bodyParagraphs).toEqual([body]);
  });

  it("does not hang when the 5 MB line is where the title should be", () => {
    const huge = "نص ".repeat(1_700_000);
    const started = performance.now();
    const parts = splitScrapedPage(page(ticker, huge, "نشر في", huge));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parts.problems[0]?.message).toMatch(/^unknown layout/);
  });
});
