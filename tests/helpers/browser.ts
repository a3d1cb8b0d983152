import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../src/checks/launchChromium.ts";
import { createStaticServer, type StaticServer } from "../../src/preview/createStaticServer.ts";

export { launchChromium };

/** Everything that went wrong while a page was open. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that never got a response (blocked, aborted, connection refused). */
  failedRequests: string[];
  /** Responses with status ≥ 400, as `status url`. */
  errorResponses: string[];
  /** Requests to any origin other than the local server (data: and blob: are local). */
  foreignRequests: string[];
  /** Content-Security-Policy violations, from the DOM event and from Chromium's console report. */
  cspViolations: string[];
}

/** A fresh browser context and page whose problems are recorded from the first request on. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** All problems as readable lines, minus error responses whose URL matches `allowStatus`. */
  problemLines(options?: {
    allowErrorResponse?: (url: string, status: number) => boolean;
  }): string[];
  close(): Promise<void>;
}

/** Options of {@link openWatchedPage}. */
export interface WatchedPageOptions {
  /** Origin of the local server, e.g. `http://127.0.0.1:4321`; every other origin counts as foreign. */
  origin: string;
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
}

// Runs in every document before the page's own scripts. Init scripts are injected through the
// DevTools protocol, so the page's CSP does not block them (it would block an inline <script>).
const cspListener = `document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCspViolation?.(event.violatedDirective + " blocked " + (event.blockedURI || "inline") + " at " + event.sourceFile + ":" + event.lineNumber);
});`;

/**
 * Opens a page in a new context (one per test, so no cache or storage leaks between tests) that
 * records console errors, page errors, failed and foreign requests and CSP violations.
 */
export async function openWatchedPage(
  browser: Browser,
  options: WatchedPageOptions,
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: "ar",
  });
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    errorResponses: [],
    foreignRequests: [],
    cspViolations: [],
  };
  const statuses: Array<{ url: string; status: number }> = [];
  await context.exposeBinding("__reportCspViolation", (_source, report: string) => {
    problems.cspViolations.push(report);
  });
  await context.addInitScript(cspListener);
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== options.origin) problems.foreignRequests.push(url);
  });
  context.on("requestfailed", (request) => {
    problems.failedRequests.push(`${request.failure()?.errorText ?? "failed"} ${request.url()}`);
  });
  context.on("response", (response) => {
    if (response.status() >= 400) statuses.push({ url: response.url(), status: response.status() });
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    // Chromium reports a CSP block on the console too; count it as a CSP violation.
    if (/Content Security Policy/i.test(text)) problems.cspViolations.push(`console: ${text}`);
    else problems.consoleErrors.push(text);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));

  return {
    context,
    page,
    problems,
    problemLines({ allowErrorResponse } = {}) {
      problems.errorResponses = statuses
        .filter(({ url, status }) => !(allowErrorResponse?.(url, status) ?? false))
        .map(({ url, status }) => `${status} ${url}`);
      // A 404 the test expects still makes Chromium log "Failed to load resource"; drop that echo.
      const allowedUrls = statuses.filter(
        ({ url, status }) => allowErrorResponse?.(url, status) ?? false,
      );
      const consoleErrors = problems.consoleErrors.filter(
        (text) =>
          !(
            allowedUrls.length > 0 &&
            /^Failed to load resource: the server responded with a status of 404/.test(text)
          ),
      );
      return [
        ...consoleErrors.map((text) => `console error: ${text}`),
        ...problems.pageErrors.map((text) => `page error: ${text}`),
        ...problems.failedRequests.map((text) => `failed request: ${text}`),
        ...problems.errorResponses.map((text) => `error response: ${text}`),
        ...problems.foreignRequests.map((text) => `request to another host: ${text}`),
        ...problems.cspViolations.map((text) => `CSP violation: ${text}`),
      ];
    },
    close: () => context.close(),
  };
}

/** A built site served by the preview server, and a Chromium to visit it with. */
export interface ServedSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Inside a `describe`: serves `root` under `pathPrefix` and launches Chromium before its tests,
 * closes both (then runs `cleanup`) after them. Does nothing when `root` is undefined.
 */
export function serveInChromium(
  root: string | undefined,
  pathPrefix: string,
  cleanup: () => void = () => {},
): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (root === undefined) return;
    server = await createStaticServer({ root, pathPrefix });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanup();
  });
  return {
    get server() {
      if (!server) throw new Error("the site is not served (no build)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is not running (no build)");
      return browser;
    },
  };
}
