// The quality checks of the site issue over the whole built fixture archive: html-validate and
// internal links on every page (with and without a path prefix), axe-core on each page type.
import { afterAll, describe, expect, it } from "vitest";
import { checkSite, formatSiteCheckReport } from "../../src/checks/checkSite.ts";
import { buildSiteForTest } from "../helpers/builtSite.ts";

const builds = [
  { pathPrefix: "/", axe: true },
  { pathPrefix: "/news-archive/", axe: false },
];

for (const { pathPrefix, axe } of builds) {
  const site = buildSiteForTest({ pathPrefix });
  describe.skipIf(!site.ok)(`the fixture site built for ${pathPrefix}`, () => {
    afterAll(() => {
      if (site.ok) site.remove();
    });

    it(`has no html-validate error, no broken internal link${axe ? " and no axe violation (light and dark)" : ""}`, async () => {
      if (!site.ok) return;
      const report = await checkSite({ siteDir: site.dir, pathPrefix, axe });
      // The formatted report names every problem with its file and line when this fails.
      expect(report.errorCount, formatSiteCheckReport(report)).toBe(0);
      expect(report.links.pagesChecked).toBeGreaterThan(20);
    });
  });
}
