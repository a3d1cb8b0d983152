// Every page type of the built bundled sample archive, served by the preview server under a path prefix
// with the CSP enforced as a header, loads in headless Chromium without a single problem.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listSiteFiles } from "../../src/checks/listSiteFiles.ts";
import { pickSamplePages } from "../../src/checks/pickSamplePages.ts";
import { pageUrlPathFor } from "../../src/checks/classifySiteUrl.ts";
import { headerContentSecurityPolicy } from "../../src/publish/securityHeaders.ts";
import { runAxe } from "../../src/checks/runAxe.ts";
import { openWatchedPage, serveInChromium } from "../helpers/browser.ts";
import { buildSiteForTest, ingestSampleForTest } from "../helpers/builtSite.ts";

const pathPrefix = "/news-archive/";
const sample = ingestSampleForTest();
const site = sample.ok ? buildSiteForTest({ contentDir: sample.dir, pathPrefix }) : sample;
const picked = site.ok
  ? pickSamplePages((await listSiteFiles(site.dir)).filter((file) => file.endsWith(".html")))
  : undefined;
// The sample holds the real seed article and two syndicated copies of it (content/raw/000_syndicated_*).
const SEED_ARTICLE = "articles/2017/10/2c0a0067ccde/index.html";
const SEED_STORY = "stories/2c0a0067ccde/index.html";
const samples = picked && {
  ...picked,
  pages: [
    ...picked.pages,
    {
      type: "article with versions in other newspapers, related articles and citation",
      file: SEED_ARTICLE,
    },
  ],
};

describe(`every page type under ${pathPrefix} with the CSP header`, () => {
  const served = serveInChromium(site.ok ? site.dir : undefined, pathPrefix, () => {
    if (site.ok) site.remove();
    if (sample.ok) rmSync(sample.dir, { recursive: true, force: true });
  });

  // A build that fails is a failure here, never a reason to skip.
  it("ingests and builds the sample site", () => {
    expect(site.ok ? "built" : site.reason).toBe("built");
  });

  it("builds a page of every required type, and the story page of the syndicated seed article", () => {
    expect(samples?.missing).toEqual([]);
    expect(samples?.pages.map((page) => page.type)).toContain("story");
    expect(site.ok && existsSync(join(site.dir, SEED_STORY))).toBe(true);
  });

  it("shows on the seed article its versions in عكاظ and المدينة, related articles of other stories and its citations", async () => {
    const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
    try {
      const { page } = watched;
      await page.goto(served.server.origin + pageUrlPathFor(SEED_ARTICLE, pathPrefix), {
        waitUntil: "load",
      });
      const versions = page.locator("section.story-links");
      await expect(versions.locator("h2").textContent()).resolves.toBe("الخبر نفسه في صحف أخرى");
      await expect(versions.locator("li bdi").allTextContents()).resolves.toEqual([
        "عكاظ",
        "المدينة",
      ]);
      const storyLink = versions.locator(`a[href="${pathPrefix}stories/2c0a0067ccde/"]`);
      await expect(storyLink.textContent()).resolves.toBe("كل نسخ الخبر (3 نسخ)");
      const related = await page
        .locator("section.related li a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(related.length).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(5);
      for (const href of related) expect(href).not.toMatch(/2c0a0067ccde|\/stories\//);
      await page.locator("section.citation summary").click();
      await expect(page.locator("section.citation pre").textContent()).resolves.toContain(
        "@article{newsarchive-2c0a0067ccde,",
      );
      const wayback = page.locator(
        'section.citation a[href^="https://web.archive.org/web/20171006/"]',
      );
      await expect(wayback.getAttribute("href")).resolves.toBe(
        "https://web.archive.org/web/20171006/https://sauress.com/alhayat/573769",
      );
      const json = await page.request.get(
        served.server.origin + `${pathPrefix}articles/2017/10/2c0a0067ccde.json`,
      );
      expect((await json.json()).story_id).toBe("2c0a0067ccde");
      expect(watched.problemLines()).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it("marks the earliest version on the story page and lists the three in date order", async () => {
    const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
    try {
      const { page } = watched;
      await page.goto(served.server.origin + pageUrlPathFor(SEED_STORY, pathPrefix), {
        waitUntil: "load",
      });
      await expect(page.locator(".story-versions time").allTextContents()).resolves.toEqual([
        "6 أكتوبر 2017",
        "7 أكتوبر 2017",
        "8 أكتوبر 2017",
      ]);
      await expect(page.locator(".story-versions__earliest bdi").textContent()).resolves.toBe(
        "الحياة",
      );
      await expect(page.locator(".story-summary").textContent()).resolves.toBe(
        "3 نسخ في 3 صحف، مرتبة من الأقدم إلى الأحدث.",
      );
    } finally {
      await watched.close();
    }
  });

  it("has no axe violation on the story page and the article with versions (light and dark)", async () => {
    const urls = [SEED_STORY, SEED_ARTICLE].map(
      (file) => served.server.origin + pageUrlPathFor(file, pathPrefix),
    );
    const results = await runAxe(served.browser, urls);
    expect(results.filter((r) => r.loadError || r.violations.length > 0)).toEqual([]);
  });

  it.each(samples?.pages.map((page) => [page.type, page.file]) ?? [])(
    "loads the %s page (%s) in right-to-left Arabic with no failed or foreign request, console error or CSP violation",
    async (_type, file) => {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      try {
        const response = await watched.page.goto(
          served.server.origin + pageUrlPathFor(file, pathPrefix),
          {
            waitUntil: "load",
          },
        );
        expect(response?.headers()["content-security-policy"]).toBe(headerContentSecurityPolicy);
        // Asked for by name, 404.html is an ordinary file (200); the next test covers a real miss.
        expect(response?.status()).toBe(200);
        await expect(watched.page.locator("html").getAttribute("lang")).resolves.toBe("ar");
        await expect(watched.page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
        await expect(watched.page.locator("h1").count()).resolves.toBe(1);
        // Fonts are requested lazily; give them and any late script a moment before judging.
        await watched.page.evaluate(() => document.fonts.ready.then(() => undefined));
        await watched.page.waitForLoadState("networkidle");
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );

  it("shows the styled 404 page for a missing URL deep below the prefix, with all its assets loading", async () => {
    const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
    try {
      const missing = `${served.server.url}articles/2099/01/no-such-article/`;
      const response = await watched.page.goto(missing, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(404);
      const stylesheets = await watched.page.evaluate(() => document.styleSheets.length);
      expect(stylesheets).toBeGreaterThan(0);
      const allowMissing = (url: string, status: number): boolean =>
        status === 404 && url === missing;
      expect(watched.problemLines({ allowErrorResponse: allowMissing })).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
