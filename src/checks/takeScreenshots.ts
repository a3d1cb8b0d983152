import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";

/** One full-page screenshot and what the page looked like when it was taken. */
export interface ScreenshotReport {
  name: string;
  width: number;
  colorScheme: ColorScheme;
  file: string;
  /** `document.documentElement.scrollWidth` minus the viewport width; > 0 means a horizontal scrollbar. */
  overflowPx: number;
  /** Up to five elements sticking out of the viewport horizontally (tag.class and their box). */
  overflowingElements: string[];
  /** `dir` computed on the root element. */
  direction: string;
  /** Font families that finished loading (the site should ship its own Arabic font). */
  loadedFonts: string[];
}

/** The colour scheme a screenshot is taken in. */
export type ColorScheme = "light" | "dark";

/** How to photograph: widths, colour schemes, and whether to keep only the first screen. */
export interface ScreenshotOptions {
  widths: readonly number[];
  colorSchemes?: readonly ColorScheme[];
  /** Keep only the viewport (height 900 px; 844 px under 600 px wide) instead of the full page. */
  firstScreen?: boolean;
}

/** Pages to photograph: a name for the file and the URL to open. */
export interface ScreenshotTarget {
  name: string;
  url: string;
}

/**
 * Takes a screenshot of each target at each width and colour scheme into `outDir`
 * (`<name>-<width>[-dark].png`) and measures horizontal overflow, text direction and the fonts used.
 */
export async function takeScreenshots(
  browser: Browser,
  targets: readonly ScreenshotTarget[],
  options: ScreenshotOptions,
  outDir: string,
): Promise<ScreenshotReport[]> {
  await mkdir(outDir, { recursive: true });
  const reports: ScreenshotReport[] = [];
  const runs = options.widths.flatMap((width) =>
    (options.colorSchemes ?? ["light"]).map((colorScheme) => ({ width, colorScheme })),
  );
  for (const { width, colorScheme } of runs) {
    const height = width < 600 ? 844 : 900;
    const context = await browser.newContext({
      viewport: { width, height },
      locale: "ar",
      colorScheme,
    });
    try {
      for (const target of targets) {
        const page = await context.newPage();
        await page.goto(target.url, { waitUntil: "networkidle" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const measured = await page.evaluate(() => {
          const viewportWidth = window.innerWidth;
          const sticking = [...document.querySelectorAll("body *")]
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.right > viewportWidth + 1 || box.left < -1))
            .slice(0, 5)
            .map(({ element, box }) => {
              const classes = element.getAttribute("class")?.trim().split(/\s+/).join(".") ?? "";
              return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ""} [${Math.round(box.left)}..${Math.round(box.right)}]`;
            });
          const fonts = [...document.fonts]
            .filter((font) => font.status === "loaded")
            .map((font) => font.family);
          return {
            overflowPx: document.documentElement.scrollWidth - viewportWidth,
            overflowingElements: sticking,
            direction: getComputedStyle(document.documentElement).direction,
            loadedFonts: [...new Set(fonts)],
          };
        });
        const suffix = colorScheme === "dark" ? "-dark" : "";
        const file = join(outDir, `${target.name}-${width}${suffix}.png`);
        await page.screenshot({ path: file, fullPage: options.firstScreen !== true });
        reports.push({ name: target.name, width, colorScheme, file, ...measured });
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
  return reports;
}
