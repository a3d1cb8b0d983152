import { describe, expect, it } from "vitest";
import {
  formatLighthouseTable,
  htmlCssGzipBytes,
  readLighthouseScores,
} from "../../src/checks/lighthouseScores.ts";

const report = {
  categories: {
    performance: { score: 0.99 },
    accessibility: { score: 1 },
    "best-practices": { score: 0.93 },
    seo: { score: 1 },
  },
};

describe("Lighthouse report table", () => {
  it("reads the four category scores as whole numbers out of 100", () => {
    expect(readLighthouseScores(report)).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: 93,
      seo: 100,
    });
  });

  it("refuses a report without a category score rather than reporting 0", () => {
    expect(() => readLighthouseScores({ categories: { performance: { score: null } } })).toThrow(
      "no performance score",
    );
  });

  it("prints every score, marks those under 95 in bold, and gives the compressed page weight", () => {
    const table = formatLighthouseTable([
      {
        type: "day",
        path: "/archive/2017/10/06/",
        scores: readLighthouseScores(report),
        htmlCssGzipBytes: 10_240,
      },
      {
        type: "search",
        path: "/search/",
        scores: undefined,
        error: "timeout",
        htmlCssGzipBytes: 512,
      },
    ]);
    expect(table.split("\n").slice(2)).toEqual([
      "| day | `/archive/2017/10/06/` | 99 | 100 | **93** | 100 | 10.0 kB |",
      "| search | `/search/` | failed: timeout | | | | 0.5 kB |",
    ]);
  });

  it("weighs a page as its gzipped HTML plus its gzipped stylesheet", () => {
    const html = "<p>أخبار</p>".repeat(1000);
    expect(htmlCssGzipBytes(html, "")).toBeLessThan(Buffer.byteLength(html) / 10);
    expect(htmlCssGzipBytes(html, "a{}")).toBeGreaterThan(htmlCssGzipBytes(html, ""));
  });
});
