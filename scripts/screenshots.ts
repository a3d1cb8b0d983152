// Screenshots of every page type (see pickSamplePages) at phone and desktop widths, light and dark,
// with a horizontal-overflow report. Usage:
//   tsx scripts/screenshots.ts [--site _site] [--path-prefix /x/] [--out screenshots] [--build <contentDir>]
//                              [--types home,day,...] [--first-screen]
// With --build, the site is first built from that content folder into a temporary folder;
// --first-screen keeps the first screen only (the README's pictures, docs/screenshots/).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pageUrlPathFor } from "../src/checks/classifySiteUrl.ts";
import { launchChromium } from "../src/checks/launchChromium.ts";
import { listSiteFiles } from "../src/checks/listSiteFiles.ts";
import { pageTypes, pickSamplePages } from "../src/checks/pickSamplePages.ts";
import { takeScreenshots } from "../src/checks/takeScreenshots.ts";
import { createStaticServer } from "../src/preview/createStaticServer.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    "path-prefix": { type: "string", default: "/" },
    out: { type: "string", default: "screenshots" },
    build: { type: "string" },
    types: { type: "string" },
    "first-screen": { type: "boolean", default: false },
  },
});
const pathPrefix = values["path-prefix"];
let siteDir = values.site;
if (values.build !== undefined) {
  siteDir = mkdtempSync(join(tmpdir(), "news-archive-screens-"));
  const args = [
    "scripts/news-archive.js",
    "build",
    "--content",
    values.build,
    "--out",
    siteDir,
    "--path-prefix",
    pathPrefix,
  ];
  const build = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(siteDir, "index.html"))) {
  process.stderr.write(
    `screenshots: ${siteDir}/index.html not found; build the site first (npm run build).\n`,
  );
  process.exit(2);
}

const wanted = values.types?.split(",").map((name) => name.trim()) ?? pageTypes.map((t) => t.name);
const { pages } = pickSamplePages(
  (await listSiteFiles(siteDir)).filter((file) => file.endsWith(".html")),
);
const targets = wanted.flatMap((name) => {
  const page = pages.find((candidate) => candidate.type === name);
  return page === undefined ? [] : [{ name: name.replace(/\s+/g, "-"), file: page.file }];
});
const server = await createStaticServer({ root: siteDir, pathPrefix });
const browser = await launchChromium();
let overflowing = 0;
try {
  const reports = await takeScreenshots(
    browser,
    targets.map(({ name, file }) => ({
      name,
      url: server.origin + pageUrlPathFor(file, pathPrefix),
    })),
    { widths: [390, 1280], colorSchemes: ["light", "dark"], firstScreen: values["first-screen"] },
    values.out,
  );
  for (const report of reports) {
    const overflow =
      report.overflowPx > 0
        ? `OVERFLOW ${report.overflowPx}px: ${report.overflowingElements.join(", ")}`
        : "no overflow";
    if (report.overflowPx > 0) overflowing += 1;
    process.stdout.write(
      `${report.file}  ${report.width}px ${report.colorScheme}  dir=${report.direction}  fonts=[${report.loadedFonts.join(", ")}]  ${overflow}\n`,
    );
  }
  const missing = wanted.filter(
    (name) => !targets.some((target) => target.name === name.replace(/\s+/g, "-")),
  );
  if (missing.length > 0) process.stdout.write(`No page found for: ${missing.join(", ")}\n`);
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = overflowing === 0 ? 0 : 1;
