// The quality checks of the site issue over the whole built sample archive (content/raw):
// html-validate and internal links on every page, with and without a path prefix, and axe-core
// (light and dark) on one page of each type.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { checkSite, formatSiteCheckReport } from "../../src/checks/checkSite.ts";
import { buildSiteForTest, ingestSampleForTest } from "../helpers/builtSite.ts";

const builds = [
  { pathPrefix: "/", axe: true },
  { pathPrefix: "/news-archive/", axe: false },
];

const sample = ingestSampleForTest();
afterAll(() => {
  if (sample.ok) rmSync(sample.dir, { recursive: true, force: true });
});

for (const { pathPrefix, axe } of builds) {
  const site = sample.ok ? buildSiteForTest({ contentDir: sample.dir, pathPrefix }) : sample;
  describe(`the sample site built for ${pathPrefix}`, () => {
    afterAll(() => {
      if (site.ok) site.remove();
    });

    // A build that fails is a failure here, never a reason to skip.
    it("ingests and builds the sample site", () => {
      expect(site.ok ? "built" : site.reason).toBe("built");
    });

    it(`has no html-validate error, no broken internal link${axe ? " and no axe violation (light and dark)" : ""}`, async () => {
      if (!site.ok) throw new Error(site.reason);
      const report = await checkSite({ siteDir: site.dir, pathPrefix, axe });
      // The formatted report names every problem with its file and line when this fails.
      expect(report.errorCount, formatSiteCheckReport(report)).toBe(0);
      expect(report.links.pagesChecked).toBeGreaterThan(100);
      // axe loads ~30 pages in two colour schemes: allow for a busy 2-core machine.
    }, 400_000);
  });
}
