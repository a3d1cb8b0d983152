// Search collapses a story's versions in real headless Chromium: the stories fixture (one story
// reported by الحياة, المدينة and عكاظ, plus articles of other stories) built with its Pagefind
// index and served under a path prefix. The story shows once, as its best-ranked version, with
// «3 نسخ» leading to the story page.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openWatchedPage, serveInChromium } from "../helpers/browser.ts";
import { buildSiteForTest } from "../helpers/builtSite.ts";

const pathPrefix = "/news-archive/";
const storyVersionTitles = [
  "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني",
  "تحذيرات من «خلافة افتراضية» لتنظيم «داعش»",
  "خبراء: «داعش» يسعى إلى «خلافة افتراضية» على الإنترنت",
];
const otherStoryTitle = "«الخلافة الافتراضية»: قراءة في دعاية «داعش»";
const site = buildSiteForTest({
  contentDir: join(import.meta.dirname, "../fixtures/stories/content"),
  pathPrefix,
});

describe("search results collapse a story's versions", () => {
  const served = serveInChromium(site.ok ? site.dir : undefined, pathPrefix, () => {
    if (site.ok) site.remove();
  });

  // A build that fails is a failure here, never a reason to skip.
  it("builds the stories fixture with its search index", () => {
    expect(site.ok ? "built" : site.reason).toBe("built");
  });

  it("shows a story reported by three newspapers once, with «3 نسخ» linking to its story page", async () => {
    const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
    const { page } = watched;
    try {
      await page.goto(`${served.server.url}search/?q=${encodeURIComponent("داعش")}`);
      const results = page.locator("[data-search-results]");
      await results.getByRole("link", { name: otherStoryTitle }).waitFor({ timeout: 15_000 });
      const titles = await results.locator("li h2").allTextContents();
      expect(titles.filter((title) => storyVersionTitles.includes(title))).toHaveLength(1);
      expect(titles).toContain(otherStoryTitle);
      const story = results.locator("a.search-result-story");
      await expect(story.allTextContents()).resolves.toEqual(["3 نسخ"]);
      await expect(story.getAttribute("href")).resolves.toBe(`${pathPrefix}stories/2c0a0067ccde/`);
      await story.click();
      await page.waitForURL((url) => url.pathname === `${pathPrefix}stories/2c0a0067ccde/`);
      await page.waitForLoadState("networkidle");
      expect(watched.problemLines()).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
