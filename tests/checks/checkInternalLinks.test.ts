import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkInternalLinks, type LinkReport } from "../../src/checks/checkInternalLinks.ts";

const fixtures = fileURLToPath(new URL("../fixtures/checks/", import.meta.url));
const siteDir = `${fixtures}tiny-site`;

/** Compares a report with the expected JSON beside the fixture; UPDATE=1 rewrites the expectation. */
function expectReportToMatchFile(report: LinkReport, expectedFile: string): void {
  const path = `${fixtures}${expectedFile}`;
  const actual = `${JSON.stringify(report, null, 2)}\n`;
  if (process.env.UPDATE === "1") writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("checkInternalLinks", () => {
  it("reports the missing ../contact/ page, the missing srcset image, the unknown #fragment and the 404 page's relative stylesheet", async () => {
    const report = await checkInternalLinks(siteDir, "/");
    expect(report.broken.map((link) => `${link.page} ${link.url}`)).toEqual([
      "404.html style.css",
      "about/index.html ../contact/",
      "index.html #nowhere",
      "index.html img/missing@2x.png",
    ]);
    expect(report.broken.find((link) => link.url === "../contact/")).toMatchObject({
      line: 11,
      source: "a[href]",
      reason: "no file contact/index.html in the site",
    });
    expect(report.broken.find((link) => link.page === "404.html")?.reason).toContain(
      "when 404.html is served at /no/such/page/here/",
    );
    expectReportToMatchFile(report, "tiny-site.links.json");
  });

  it("finds Arabic article folders by raw and by percent-encoded links, with or without the trailing slash", async () => {
    const report = await checkInternalLinks(siteDir, "/");
    expect(
      report.broken.some((link) => link.url.includes("داعش") || link.url.includes("%D8")),
    ).toBe(false);
    expect(report.linksChecked).toBeGreaterThanOrEqual(16);
  });

  it("collects external links without fetching them and ignores mailto:", async () => {
    const report = await checkInternalLinks(siteDir, "/");
    expect(report.external).toEqual([
      "http://www.maghress.com/",
      "https://sauress.com/alhayat/573769",
    ]);
  });

  it("flags the link to maghress.com that lacks rel=nofollow noopener noreferrer, not the sauress.com one that has it", async () => {
    const report = await checkInternalLinks(siteDir, "/");
    expect(report.unsafeExternal).toEqual([
      {
        page: "about/index.html",
        line: 11,
        source: "a[href]",
        url: "http://www.maghress.com/",
        reason: "rel lacks nofollow noopener noreferrer",
      },
    ]);
  });

  it("reports a root-absolute /style.css as outside the prefix when the site is served under /sub/", async () => {
    const report = await checkInternalLinks(siteDir, "/sub/");
    const outside = report.broken.filter((link) => link.reason.includes("outside the path prefix"));
    expect(outside.map((link) => `${link.page} ${link.url} ${link.reason}`)).toEqual([
      "about/index.html /style.css resolves to /style.css, outside the path prefix /sub/",
    ]);
    expectReportToMatchFile(report, "tiny-site.links-sub.json");
  });
});
