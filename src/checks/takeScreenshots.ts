import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";

/** One full-page screenshot and what the page looked like when it was taken. */
export interface ScreenshotReport {
  name: string;
  width: number;
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

/** Pages to photograph: a name for the file and the URL to open. */
export interface ScreenshotTarget {
  name: string;
  url: string;
}

/**
 * Takes a full-page screenshot of each target at each width into `outDir` (`<name>-<width>.png`)
 * and measures horizontal overflow, text direction and the fonts actually used.
 */
export async function takeScreenshots(
  browser: Browser,
  targets: readonly ScreenshotTarget[],
  widths: readonly number[],
  outDir: string,
): Promise<ScreenshotReport[]> {
  await mkdir(outDir, { recursive: true });
  const reports: ScreenshotReport[] = [];
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "ar" });
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
        const file = join(outDir, `${target.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        reports.push({ name: target.name, width, file, ...measured });
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
  return reports;
}
