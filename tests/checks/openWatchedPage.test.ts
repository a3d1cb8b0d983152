import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, type StaticServer } from "../../src/preview/createStaticServer.ts";
import { launchChromium, openWatchedPage } from "../helpers/browser.ts";

const siteDir = fileURLToPath(new URL("../fixtures/checks/csp-violations", import.meta.url));

// The e2e tests trust this helper to notice problems; here it must notice each one on a page built to have them.
describe("openWatchedPage on a page that breaks the CSP", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await createStaticServer({ root: siteDir, pathPrefix: "/x/" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it("records the blocked inline style and script, the request to another host and the missing image", async () => {
    const watched = await openWatchedPage(browser, { origin: server.origin });
    try {
      await watched.page.goto(server.url, { waitUntil: "networkidle" });
      await expect(watched.page.title()).resolves.toBe("صفحة تخالف سياسة أمان المحتوى");
      const { problems } = watched;
      expect(
        problems.cspViolations.some((line) => line.startsWith("style-src-elem blocked inline")),
      ).toBe(true);
      expect(
        problems.cspViolations.some((line) => line.startsWith("script-src-elem blocked inline")),
      ).toBe(true);
      expect(problems.foreignRequests).toEqual(["https://fonts.example.invalid/logo.png"]);
      const lines = watched.problemLines();
      expect(lines).toContain(`error response: 404 ${server.url}missing.png`);
      expect(
        lines.some((line) =>
          line.startsWith("CSP violation: img-src blocked https://fonts.example.invalid/logo.png"),
        ),
      ).toBe(true);
    } finally {
      await watched.close();
    }
  });

  it("drops an error response the caller expects, and the console line Chromium logs for it", async () => {
    const watched = await openWatchedPage(browser, { origin: server.origin });
    try {
      await watched.page.goto(`${server.url}missing.png`);
      const lines = watched.problemLines({
        allowErrorResponse: (url, status) => status === 404 && url.endsWith("/missing.png"),
      });
      expect(
        lines.filter((line) => line.includes("missing.png") || line.includes("status of 404")),
      ).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
