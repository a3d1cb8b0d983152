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

  describe.skipIf(searchMissing !== "")(`search on the site served under ${pathPrefix}`, () => {
    const served = serveInChromium(site.ok ? site.dir : undefined, pathPrefix, () => {
      if (site.ok) site.remove();
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
  });

  if (searchMissing !== "") {
    describe(`search on the site served under ${pathPrefix}`, () => {
      // Search is part of the build now: a build without it is a failure, not a reason to skip.
      it("builds the site with its search page and index", () => {
        throw new Error(searchMissing);
      });
    });
  }
}
