// Every page type of the built bundled sample archive, served by the preview server under a path prefix
// with the CSP enforced as a header, loads in headless Chromium without a single problem.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listSiteFiles } from "../../src/checks/listSiteFiles.ts";
import { pickSamplePages } from "../../src/checks/pickSamplePages.ts";
import { pageUrlPathFor } from "../../src/checks/classifySiteUrl.ts";
import { headerContentSecurityPolicy } from "../../src/publish/securityHeaders.ts";
import { openWatchedPage, serveInChromium } from "../helpers/browser.ts";
import { buildSiteForTest, ingestSampleForTest } from "../helpers/builtSite.ts";

const pathPrefix = "/news-archive/";
const sample = ingestSampleForTest();
const site = sample.ok ? buildSiteForTest({ contentDir: sample.dir, pathPrefix }) : sample;
const samples = site.ok
  ? pickSamplePages((await listSiteFiles(site.dir)).filter((file) => file.endsWith(".html")))
  : undefined;

describe.skipIf(!site.ok)(`every page type under ${pathPrefix} with the CSP header`, () => {
  const served = serveInChromium(site.ok ? site.dir : undefined, pathPrefix, () => {
    if (site.ok) site.remove();
    if (sample.ok) rmSync(sample.dir, { recursive: true, force: true });
  });

  it("builds a page of every required type", () => {
    expect(samples?.missing).toEqual([]);
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

if (!site.ok) {
  describe("page types", () => {
    // The site command exists now: a build that fails is a failure here, not a reason to skip.
    it("builds the sample site", () => {
      throw new Error(site.reason);
    });
  });
}
