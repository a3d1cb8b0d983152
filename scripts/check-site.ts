// Quality checks over a built site: html-validate and internal links on every page, axe-core on
// one page of each type. Usage: tsx scripts/check-site.ts --site _site [--path-prefix /x/] [--no-axe] [--json report.json]
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkSite, formatSiteCheckReport } from "../src/checks/checkSite.ts";
import { readBuiltPathPrefix } from "../src/preview/builtPathPrefix.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    "path-prefix": { type: "string" },
    "no-axe": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const siteDir = values.site;
if (!existsSync(`${siteDir}/index.html`)) {
  process.stderr.write(
    `check-site: ${siteDir}/index.html not found; build the site first (npm run build).\n`,
  );
  process.exit(2);
}
const started = Date.now();
// Without --path-prefix, check the site for the prefix its build recorded in _headers.
const pathPrefix = values["path-prefix"] ?? (await readBuiltPathPrefix(siteDir)) ?? "/";
process.stdout.write(`Checking ${siteDir} as served under ${pathPrefix}\n`);
const report = await checkSite({ siteDir, pathPrefix, axe: !values["no-axe"] });
process.stdout.write(
  `${formatSiteCheckReport(report)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
if (values.json !== undefined) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
}
process.exitCode = report.errorCount === 0 ? 0 : 1;
