// Lighthouse (mobile profile) on one page of every type of a built site, served by the preview
// server (gzip and security headers, as a host would), with each page's HTML + CSS weight. Usage:
//   tsx scripts/lighthouse.ts [--site _site] [--types home,day,...] [--json report.json]
// Needs Chromium (CHROME_PATH, default /usr/bin/chromium); prints a Markdown table and exits 1
// when a score is below 95.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pageUrlPathFor } from "../src/checks/classifySiteUrl.ts";
import {
  formatLighthouseTable,
  htmlCssGzipBytes,
  readLighthouseScores,
  scoreTarget,
  type PageReport,
} from "../src/checks/lighthouseScores.ts";
import { listSiteFiles } from "../src/checks/listSiteFiles.ts";
import { pickSamplePages } from "../src/checks/pickSamplePages.ts";
import { readBuiltPathPrefix } from "../src/preview/builtPathPrefix.ts";
import { createStaticServer } from "../src/preview/createStaticServer.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    types: { type: "string" },
    json: { type: "string" },
  },
});
const siteDir = values.site;
const pathPrefix = (await readBuiltPathPrefix(siteDir)) ?? "/";
const wanted = values.types?.split(",").map((name) => name.trim());
const { pages } = pickSamplePages(
  (await listSiteFiles(siteDir)).filter((file) => file.endsWith(".html")),
);
const chosen = pages.filter((page) => !wanted || wanted.includes(page.type));
const stylesheet = readdirSync(join(siteDir, "assets")).find((f) => /^site\..+\.css$/.test(f));
const css = stylesheet ? readFileSync(join(siteDir, "assets", stylesheet)) : "";

/** Runs the Lighthouse CLI on one URL and returns its JSON report. */
function runLighthouse(url: string, outFile: string): Promise<unknown> {
  const args = [
    "lighthouse",
    url,
    "--quiet",
    "--output=json",
    `--output-path=${outFile}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(stderr.trim().split("\n").at(-1) ?? `exit ${code}`));
      else resolve(JSON.parse(readFileSync(outFile, "utf8")));
    });
  });
}

const server = await createStaticServer({ root: siteDir, pathPrefix });
const work = mkdtempSync(join(tmpdir(), "news-archive-lighthouse-"));
const rows: PageReport[] = [];
try {
  for (const page of chosen) {
    const path = pageUrlPathFor(page.file, pathPrefix);
    const weight = htmlCssGzipBytes(readFileSync(join(siteDir, page.file)), css);
    try {
      const report = await runLighthouse(server.origin + path, join(work, "report.json"));
      rows.push({
        type: page.type,
        path,
        scores: readLighthouseScores(report),
        htmlCssGzipBytes: weight,
      });
    } catch (error) {
      rows.push({
        type: page.type,
        path,
        scores: undefined,
        error: (error as Error).message,
        htmlCssGzipBytes: weight,
      });
    }
    process.stderr.write(`lighthouse: ${page.type} done\n`);
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`${formatLighthouseTable(rows)}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
const below = rows.filter(
  (row) => !row.scores || Object.values(row.scores).some((score) => score < scoreTarget),
);
process.exitCode = below.length === 0 ? 0 : 1;
