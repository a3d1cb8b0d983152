import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createStaticServer } from "../preview/createStaticServer.ts";
import { normalizePathPrefix } from "../preview/normalizePathPrefix.ts";
import { metaContentSecurityPolicy } from "../site/contentSecurityPolicy.ts";
import { checkInternalLinks, type LinkReport } from "./checkInternalLinks.ts";
import { findCspHazards } from "./findCspHazards.ts";
import { pageUrlPathFor } from "./classifySiteUrl.ts";
import { launchChromium } from "./launchChromium.ts";
import { listSiteFiles } from "./listSiteFiles.ts";
import { pickSamplePages, type SamplePages } from "./pickSamplePages.ts";
import { runAxe, type AxePageResult } from "./runAxe.ts";
import { validateHtml, type HtmlValidationReport } from "./validateHtml.ts";

/** Options of {@link checkSite}. */
export interface CheckSiteOptions {
  siteDir: string;
  /** The prefix the site was built with (`--path-prefix`); `/` by default. */
  pathPrefix?: string;
  /** Run axe-core in Chromium on one page of each type (default true). */
  axe?: boolean;
}

/** Everything the site check found. */
export interface SiteCheckReport {
  samples: SamplePages;
  html: HtmlValidationReport;
  links: LinkReport;
  /** Inline scripts/styles, handlers and CSP meta tag problems, per page. */
  cspHazards: Array<{ file: string; line: number; problem: string }>;
  axe: AxePageResult[];
  /** Total of problems that fail the check. */
  errorCount: number;
}

/**
 * Runs the quality checks on a built site: html-validate and the internal link check over every
 * page, axe-core (light and dark) on one page of each type served by the preview server.
 */
export async function checkSite(options: CheckSiteOptions): Promise<SiteCheckReport> {
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const htmlFiles = (await listSiteFiles(options.siteDir)).filter((file) => file.endsWith(".html"));
  const samples = pickSamplePages(htmlFiles);
  const html = await validateHtml(options.siteDir, htmlFiles);
  const links = await checkInternalLinks(options.siteDir, pathPrefix);
  const cspHazards: SiteCheckReport["cspHazards"] = [];
  for (const file of htmlFiles) {
    const html = await readFile(join(options.siteDir, file), "utf8");
    for (const hazard of findCspHazards(html, metaContentSecurityPolicy))
      cspHazards.push({ file, ...hazard });
  }
  let axe: AxePageResult[] = [];
  if (options.axe !== false) {
    const server = await createStaticServer({ root: options.siteDir, pathPrefix });
    const browser = await launchChromium();
    try {
      const urls = samples.pages.map(
        ({ file }) => server.origin + pageUrlPathFor(file, pathPrefix),
      );
      const searchWithResults = await searchResultsUrl(
        options.siteDir,
        samples,
        server.origin + pathPrefix,
      );
      if (searchWithResults !== undefined) urls.push(searchWithResults);
      axe = await runAxe(browser, urls);
    } finally {
      await browser.close();
      await server.close();
    }
  }
  const errorCount =
    samples.missing.length +
    html.problems.filter((problem) => problem.severity === "error").length +
    links.broken.length +
    links.unsafeExternal.length +
    cspHazards.length +
    axe.reduce(
      (sum, page) => sum + page.violations.length + (page.loadError === undefined ? 0 : 1),
      0,
    );
  return { samples, html, links, cspHazards, axe, errorCount };
}

/**
 * The search page with a query taken from the sampled article's title, so that axe also sees
 * the results list (filters, excerpts, highlights), not only the empty form.
 */
async function searchResultsUrl(
  siteDir: string,
  samples: SamplePages,
  siteUrl: string,
): Promise<string | undefined> {
  const article = samples.pages.find((page) => page.type === "article");
  if (article === undefined || !samples.pages.some((page) => page.type === "search"))
    return undefined;
  const html = await readFile(join(siteDir, article.file), "utf8");
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
  const word = title.split(/\s+/).find((candidate) => /^[\u0621-\u064A]{4,}$/.test(candidate));
  return word === undefined ? undefined : `${siteUrl}search/?q=${encodeURIComponent(word)}`;
}

/** A readable multi-line summary of a site check, listing at most `limit` problems per check. */
export function formatSiteCheckReport(report: SiteCheckReport, limit = 30): string {
  const lines: string[] = [];
  const more = (count: number): void => {
    if (count > limit) lines.push(`    … and ${count - limit} more`);
  };
  lines.push(
    `Page types: ${report.samples.pages.map((page) => `${page.type} (${page.file})`).join(", ")}`,
  );
  if (report.samples.missing.length > 0)
    lines.push(`  MISSING page types: ${report.samples.missing.join(", ")}`);

  const htmlErrors = report.html.problems.filter((problem) => problem.severity === "error");
  lines.push(
    `html-validate: ${report.html.filesChecked} files, ${htmlErrors.length} errors, ${report.html.problems.length - htmlErrors.length} warnings`,
  );
  for (const problem of report.html.problems.slice(0, limit)) {
    lines.push(
      `  ${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.ruleId}: ${problem.message}`,
    );
  }
  more(report.html.problems.length);

  lines.push(
    `Internal links: ${report.links.linksChecked} links in ${report.links.pagesChecked} pages, ${report.links.broken.length} broken, ${report.links.external.length} distinct external URLs (not fetched)`,
  );
  for (const link of report.links.broken.slice(0, limit)) {
    lines.push(`  ${link.page}:${link.line} ${link.source} ${link.url} — ${link.reason}`);
  }
  more(report.links.broken.length);
  if (report.links.unsafeExternal.length > 0) {
    lines.push(
      `External links without rel="nofollow noopener noreferrer": ${report.links.unsafeExternal.length}`,
    );
    for (const link of report.links.unsafeExternal.slice(0, limit))
      lines.push(`  ${link.page}:${link.line} ${link.url} — ${link.reason}`);
    more(report.links.unsafeExternal.length);
  }

  lines.push(
    `CSP hazards (inline script/style, handlers, CSP meta tag): ${report.cspHazards.length}`,
  );
  for (const hazard of report.cspHazards.slice(0, limit))
    lines.push(`  ${hazard.file}:${hazard.line} ${hazard.problem}`);
  more(report.cspHazards.length);

  const axeProblems = report.axe.filter(
    (page) => page.violations.length > 0 || page.loadError !== undefined,
  );
  lines.push(
    `axe-core (WCAG 2 A/AA): ${report.axe.length} page loads, ${axeProblems.length} with problems`,
  );
  for (const page of axeProblems.slice(0, limit)) {
    if (page.loadError !== undefined)
      lines.push(`  ${page.url} [${page.colorScheme}] failed to load: ${page.loadError}`);
    for (const violation of page.violations) {
      lines.push(
        `  ${page.url} [${page.colorScheme}] ${violation.id} (${violation.impact ?? "?"}): ${violation.help} — ${violation.targets.join(" | ")}`,
      );
    }
  }
  more(axeProblems.length);
  lines.push(
    report.errorCount === 0
      ? "Site check passed: 0 errors."
      : `Site check FAILED: ${report.errorCount} errors.`,
  );
  return lines.join("\n");
}
