// Search end to end in headless Chromium: the built fixture archive served by the preview server
// (CSP enforced as a header), with and without a path prefix. An Arabic query arrives through the
// URL, the expected article shows with a highlighted excerpt, a newspaper filter narrows the
// results, and clicking the result opens the article, without errors or CSP violations.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openWatchedPage, serveInChromium } from "../helpers/browser.ts";
import { buildSiteForTest } from "../helpers/builtSite.ts";
import { applyNewspaperFilter } from "../helpers/searchPage.ts";

// From tests/fixtures/site/content: "جديد" occurs in articles of three newspapers.
const query = "جديد";
const expected = {
  title: "الحكومة تعلن خطة جديدة لدعم المدارس",
  newspaper: "الحياة",
  path: "articles/2017/10/0f1e2d3c4b5a/",
};
const otherNewspaperTitle = "تدشين خط جديد للسكك الحديدية";

for (const pathPrefix of ["/", "/news-archive/"]) {
  const site = buildSiteForTest({ pathPrefix });
  const searchMissing = !site.ok
    ? site.reason
    : ["search/search.js", "pagefind"]
        .filter((file) => !existsSync(join(site.dir, file)))
        .map((file) => `no ${file} in the build`)
        .join(", ");

  describe(`search on the site served under ${pathPrefix}`, () => {
    const served = serveInChromium(site.ok ? site.dir : undefined, pathPrefix, () => {
      if (site.ok) site.remove();
    });

    // Search is part of the build: a build without it is a failure, never a reason to skip.
    it("builds the site with its search page and index", () => {
      expect(searchMissing).toBe("");
    });

    it(`finds «${expected.title}» for ${query} with a highlighted excerpt, filters by ${expected.newspaper} and opens the article`, async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent(query)}`, {
          waitUntil: "load",
        });
        await expect(
          page.locator("#search-query, input[type=search]").first().inputValue(),
        ).resolves.toBe(query);
        // The results list: `[data-search-results]` in the search client, `#search-results` in older templates.
        const results = page.locator("[data-search-results], #search-results").first();
        const expectedLink = results.getByRole("link", { name: expected.title });
        await expectedLink.first().waitFor({ timeout: 15_000 });
        await results
          .getByRole("link", { name: otherNewspaperTitle })
          .first()
          .waitFor({ timeout: 5_000 });
        expect(await results.locator("mark").count()).toBeGreaterThan(0);

        await applyNewspaperFilter(page, expected.newspaper);
        await results
          .getByRole("link", { name: otherNewspaperTitle })
          .waitFor({ state: "detached", timeout: 10_000 });
        await expectedLink.first().waitFor();

        await expectedLink.first().click();
        await page.waitForURL(
          (url) => url.pathname === new URL(expected.path, served.server.url).pathname,
          { timeout: 10_000 },
        );
        await expect(page.locator("h1").textContent()).resolves.toContain(expected.title);
        await page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    it("highlights the query words on the article page opened from a result", async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent(query)}`, {
          waitUntil: "load",
        });
        // The page goes on fetching after the results show (the year chart's counts): leaving it
        // before then aborts those fetches (ERR_ABORTED), which is the browser's doing, not a fault.
        await page.locator("[data-search-results] > li").first().waitFor();
        await page.waitForLoadState("networkidle");
        await page
          .locator("[data-search-results], #search-results")
          .first()
          .getByRole("link", { name: expected.title })
          .first()
          .click();
        await page.waitForLoadState("networkidle");
        await page.locator("main mark").first().waitFor({ timeout: 10_000 });
        await expect(page.locator("main mark").first().textContent()).resolves.toContain(query);
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    it("marks الحكومة in the result and on the opened article when searching the plural الحكومات", async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent("الحكومات")}`);
        const link = page
          .locator("[data-search-results]")
          .getByRole("link", { name: expected.title });
        await link.waitFor({ timeout: 15_000 });
        await expect(link.locator("mark").allTextContents()).resolves.toEqual(["الحكومة"]);
        await link.click();
        await page.waitForURL((url) => url.searchParams.get("highlight") === "الحكومات");
        await page.locator("main mark").first().waitFor({ timeout: 10_000 });
        const marked = await page.locator("main mark").allTextContents();
        expect(marked.length).toBeGreaterThan(0);
        expect(marked.every((word) => word.replace(/[^\p{L}]/gu, "").endsWith("الحكومة"))).toBe(
          true,
        );
        await page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    // From tests/fixtures/site/content: «عسير» is in one article (2019-03-15, «منطقة عسير») and
    // two ticker headlines (2017-11-20 «بعسير», 2025-03-02 «بمنطقة عسير»).
    const region = "عسير";
    const regionArticle = "أمطار غزيرة على منطقة عسير";
    const regionHeadline = "مسامرة بيئية عن النباتات المحلية بمنطقة عسير";

    it(`shows the headlines for ${region} as their own group and lands on the headline opened from it`, async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent(region)}`);
        const group = page.locator("[data-search-headlines]");
        await group.getByRole("link", { name: regionHeadline }).waitFor({ timeout: 15_000 });
        await expect(group.locator("h2").textContent()).resolves.toBe(
          "عناوين شريط الأخبار (عنوانان)",
        );
        await expect(group.getByRole("link").allTextContents()).resolves.toHaveLength(2);
        await expect(page.locator("[data-search-results] h2").allTextContents()).resolves.toEqual([
          regionArticle,
        ]);
        await expect(page.locator("[data-search-status]").textContent()).resolves.toBe(
          `3 نتائج لـ «${region}»: مقال واحد وعنوانان.`,
        );

        await group.getByRole("link", { name: regionHeadline }).click();
        await page.waitForURL(
          (url) => url.pathname === new URL("headlines/", served.server.url).pathname,
        );
        const url = new URL(page.url());
        expect(url.searchParams.get("highlight")).toBe(region);
        expect(url.hash).toMatch(/^#h-[0-9a-f]+$/);
        const target = page.locator("li:target");
        await expect(target.textContent()).resolves.toContain(regionHeadline);
        await target.locator("mark").first().waitFor();
        await expect(target.locator("mark").allTextContents()).resolves.toEqual([region]);
        // The target is outlined, and scrolled into view.
        await expect(target.evaluate((item) => getComputedStyle(item).outlineStyle)).resolves.toBe(
          "solid",
        );
        await expect(target.isVisible()).resolves.toBe(true);
        await page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    it(`charts the results for ${region} per year and filters to a year from its bar`, async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent(region)}`);
        const chart = page.locator("[data-search-years]");
        await chart.getByRole("link").first().waitFor({ timeout: 15_000 });
        await expect(
          chart
            .getByRole("link")
            .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label"))),
        ).resolves.toEqual(["2017: نتيجة واحدة", "2019: نتيجة واحدة", "2025: نتيجة واحدة"]);
        // Empty years between them still take their place on the axis.
        await expect(chart.locator(".year-chart__year").allTextContents()).resolves.toEqual([
          "2017",
          "2018",
          "2019",
          "2020",
          "2021",
          "2022",
          "2023",
          "2024",
          "2025",
        ]);
        await expect(chart.locator("rect").first().getAttribute("height")).resolves.toBe("100");

        await chart.getByRole("link", { name: "2019: نتيجة واحدة" }).click();
        await page.waitForURL(/year=2019/);
        // The filtered results replace the list once the search has answered.
        await expect
          .poll(() => page.locator("[data-search-results] h2").allTextContents())
          .toEqual([regionArticle]);
        await page.locator("[data-search-headlines]").waitFor({ state: "hidden" });
        await chart.locator('a[aria-current="true"]').waitFor();
        await expect(page.locator('select[name="year"]').inputValue()).resolves.toBe("2019");
        await expect(
          chart.locator('a[aria-current="true"]').getAttribute("aria-label"),
        ).resolves.toBe("2019: نتيجة واحدة");
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
          .toBe("2019: نتيجة واحدة");
        await page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    it("charts a two-word query per year: only the records holding both words count", async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent(`منطقة ${region}`)}`);
        const chart = page.locator("[data-search-years]");
        await chart.getByRole("link").first().waitFor({ timeout: 15_000 });
        await expect(
          chart
            .getByRole("link")
            .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label"))),
        ).resolves.toEqual(["2019: نتيجة واحدة", "2025: نتيجة واحدة"]);
        await page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    it(`narrows ${region} to a date range from the URL and from the date inputs`, async () => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      const status = page.locator("[data-search-status]");
      try {
        // The range ends the day before the 2025-03-02 headline, so it is left out.
        await page.goto(
          `${served.server.url}search/?q=${encodeURIComponent(region)}&from=2018-01-01&to=2025-03-01`,
        );
        await status.filter({ hasText: "نتيجة واحدة" }).waitFor({ timeout: 15_000 });
        await expect(status.textContent()).resolves.toBe(
          `نتيجة واحدة لـ «${region}» من 1 يناير 2018 إلى 1 مارس 2025.`,
        );
        await expect(page.locator("[data-search-results] h2").allTextContents()).resolves.toEqual([
          regionArticle,
        ]);
        await expect(page.locator("[data-search-headlines]").isHidden()).resolves.toBe(true);
        await expect(page.locator('input[name="from"]').inputValue()).resolves.toBe("2018-01-01");

        await page.fill('input[name="to"]', "2025-03-02");
        await page.locator('input[name="to"]').dispatchEvent("change");
        await page.waitForURL(/to=2025-03-02/);
        await status.filter({ hasText: "نتيجتان" }).waitFor();
        await expect(
          page.locator("[data-search-headlines]").getByRole("link").allTextContents(),
        ).resolves.toEqual([regionHeadline]);
        await expect(status.textContent()).resolves.toBe(
          `نتيجتان لـ «${region}» من 1 يناير 2018 إلى 2 مارس 2025: مقال واحد وعنوان واحد.`,
        );
        await page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    });
  });
}
