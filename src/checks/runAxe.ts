import { createRequire } from "node:module";
import type { Browser } from "playwright-core";

/** One axe rule that failed on a page, with the elements it failed on. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the failing elements (at most a handful). */
  targets: string[];
}

/** The axe result of one page in one colour scheme. */
export interface AxePageResult {
  url: string;
  colorScheme: "light" | "dark";
  violations: AxeViolation[];
  /** Set when the page itself could not be loaded (HTTP error or navigation failure). */
  loadError?: string;
}

/** Options of {@link runAxe}. */
export interface RunAxeOptions {
  /** Colour schemes to emulate; the site has a dark mode, so both by default. */
  colorSchemes?: ReadonlyArray<"light" | "dark">;
  /** Viewport width in CSS pixels (1280 by default). */
  width?: number;
}

// WCAG 2.0 and 2.1, levels A and AA.
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const axeScriptPath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * Runs axe-core's WCAG 2 A/AA rules on each URL in headless Chromium and returns the violations.
 * The context bypasses the page's CSP for the axe run only: the archive's strict `script-src 'self'`
 * would otherwise block the injected axe script. CSP itself is checked by the e2e tests, not here.
 */
export async function runAxe(
  browser: Browser,
  urls: readonly string[],
  options: RunAxeOptions = {},
): Promise<AxePageResult[]> {
  const results: AxePageResult[] = [];
  for (const colorScheme of options.colorSchemes ?? ["light", "dark"]) {
    const context = await browser.newContext({
      bypassCSP: true,
      colorScheme,
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    try {
      for (const url of urls) {
        const page = await context.newPage();
        try {
          const response = await page.goto(url, { waitUntil: "load" });
          // 404.html is meant to answer with 404; any other error status means the page is missing.
          if (response === null || (response.status() >= 400 && !url.endsWith("/404.html"))) {
            results.push({
              url,
              colorScheme,
              violations: [],
              loadError: `HTTP ${response?.status() ?? "no response"}`,
            });
            continue;
          }
          // The search page renders its results after fetching the index: check what readers see.
          await page.waitForLoadState("networkidle");
          await page.addScriptTag({ path: axeScriptPath });
          const violations = await page.evaluate(async (tags) => {
            const axeResults = await (window as unknown as AxeWindow).axe.run(document, {
              runOnly: { type: "tag", values: tags },
              resultTypes: ["violations"],
            });
            return axeResults.violations.map((violation) => ({
              id: violation.id,
              impact: violation.impact ?? null,
              help: violation.help,
              helpUrl: violation.helpUrl,
              targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
            }));
          }, wcagTags);
          results.push({ url, colorScheme, violations });
        } catch (error) {
          results.push({
            url,
            colorScheme,
            violations: [],
            loadError: error instanceof Error ? error.message : String(error),
          });
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
    }
  }
  return results;
}

// The slice of axe-core's browser API used above (axe's own types describe the Node module).
interface AxeWindow {
  axe: {
    run(
      context: Document,
      options: { runOnly: { type: "tag"; values: string[] }; resultTypes: string[] },
    ): Promise<{
      violations: Array<{
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: Array<{ target: string[] }>;
      }>;
    }>;
  };
}
