import { describe, expect, it } from "vitest";
import { HeadlineCollector } from "../../src/ingest/collectHeadlines.ts";
import { headlineKey } from "../../src/ingest/headlineKey.ts";
import { normalizeForMatching } from "../../src/ingest/normalizeForMatching.ts";
import { TickerTable } from "../../src/ingest/tickerTable.ts";

describe("HeadlineCollector", () => {
  it("counts each page once per headline, across tickers, with first and last scrape times", () => {
    const table = new TickerTable();
    table.add("t1", ["ارتفاع أسعار النفط", "أمطار على جدة", "ارتفاع أسعار النفط"]);
    table.add("t2", ["ارتفـــاع أسعارِ النفط", "خبر آخر"]);
    const collector = new HeadlineCollector();
    collector.addPage("t1", "2020-01-02T00:00:00.000Z", "sauress.com");
    collector.addPage("t1", "2020-01-01T00:00:00.000Z");
    collector.addPage("t2", "2020-01-05T00:00:00.000Z", "maghress.com");
    const byText = new Map(collector.frontMatters(table, new Map()).map((h) => [h.text, h]));

    // The first spelling seen is kept; the tatweel/diacritics variant counts towards it.
    expect(byText.get("ارتفاع أسعار النفط")).toEqual({
      key: headlineKey("ارتفاع أسعار النفط"),
      text: "ارتفاع أسعار النفط",
      seen: 3,
      firstSeen: "2020-01-01T00:00:00.000Z",
      lastSeen: "2020-01-05T00:00:00.000Z",
      aggregators: ["maghress.com", "sauress.com"],
    });
    expect(byText.get("أمطار على جدة")?.seen).toBe(2);
    expect(byText.get("خبر آخر")?.seen).toBe(1);
    expect(byText.size).toBe(3);
  });

  it("links a headline to the article whose normalised title matches", () => {
    const table = new TickerTable();
    table.add("t", ["افتتاح المعرض الدولي"]);
    const collector = new HeadlineCollector();
    collector.addPage("t", "2020-01-01T00:00:00.000Z");
    const articleByTitle = new Map([
      [normalizeForMatching("افتتاحُ المعرضِ  الدولي"), "0123456789ab"],
    ]);
    expect(collector.frontMatters(table, articleByTitle)[0]?.article).toBe("0123456789ab");
  });

  it("restores tickers and headline texts from the state it wrote", () => {
    const table = new TickerTable();
    table.add("t", ["أ", "ب"]);
    const state = table.toState(["t"]);
    const restored = TickerTable.fromState(state.tickers, state.headlines);
    expect(restored.keys("t").map((k) => restored.text(k))).toEqual(["أ", "ب"]);
  });
});
