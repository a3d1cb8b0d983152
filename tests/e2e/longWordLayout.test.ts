// A scraped page can hold one absurdly long "word" (a run of letters with no space). With a
// stylesheet rule that wraps inside words, Chromium re-shapes the rest of the Arabic word for each
// line, so a 200,000-letter word took 25–66 s to lay out. Any page must lay out in well under 1 s.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openWatchedPage, serveInChromium } from "../helpers/browser.ts";
import { buildSiteForTest, fixtureContentWith } from "../helpers/builtSite.ts";

const longWord = "ب".repeat(200_000);
const contentDir = fixtureContentWith({
  id: "10ee90a1b2c3",
  date: "2020-05-01",
  title: "صفحة فيها كلمة طويلة جدا",
  excerpt: "صفحة فيها كلمة طويلة",
  body: `قبل الكلمة ${longWord} بعد الكلمة`,
});
const site = buildSiteForTest({ contentDir });

describe("a page with a 200,000-letter word in Chromium", () => {
  const served = serveInChromium(site.ok ? site.dir : undefined, "/", () => {
    if (site.ok) site.remove();
    rmSync(contentDir, { recursive: true, force: true });
  });

  // A build that fails is a failure here, never a reason to skip.
  it("builds the fixture archive with the long word", () => {
    expect(site.ok ? "built" : site.reason).toBe("built");
  });

  it("loads with its stylesheet and lays the word out in under a second, at desktop and phone widths", async () => {
    const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
    try {
      await watched.page.goto(`${served.server.origin}/articles/2020/05/10ee90a1b2c3/`, {
        waitUntil: "load",
        // The quadratic rule took 25–66 s here; fail on the assertion below, not on a timeout.
        timeout: 120_000,
      });
      const loadEventEnd = await watched.page.evaluate(
        () => performance.getEntriesByType("navigation")[0]?.toJSON().loadEventEnd as number,
      );
      const styled = await watched.page.evaluate(
        () => document.styleSheets.length > 0 && getComputedStyle(document.body).display === "flex",
      );
      expect(styled, "the site's stylesheet applies to the page").toBe(true);
      // Generous against a loaded machine: the quadratic rule took 25,000 ms or more.
      expect(loadEventEnd, "load event (ms after navigation start)").toBeLessThan(10_000);
      expect(await watched.page.textContent("main")).toContain(longWord);
      // Each width forces a full layout of the word again; time only that, not the network.
      const layoutMs = await watched.page.evaluate(() =>
        ["20rem", "48rem", "72rem"].map((width) => {
          const main = document.querySelector("main") as HTMLElement;
          const started = performance.now();
          main.style.maxInlineSize = width;
          void main.getBoundingClientRect().height;
          void document.documentElement.scrollHeight;
          return performance.now() - started;
        }),
      );
      const report = `load event at ${Math.round(loadEventEnd)} ms, relayouts ${layoutMs.map(Math.round).join(", ")} ms`;
      for (const ms of layoutMs) expect(ms, report).toBeLessThan(1_000);
      // The word is contained: it scrolls inside the main column instead of widening the page.
      const pageOverflow = await watched.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(pageOverflow, report).toBeLessThanOrEqual(1);
      expect(watched.problemLines()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
