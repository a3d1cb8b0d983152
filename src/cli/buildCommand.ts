import { Option, type Command } from "commander";
import { checkContentFolder } from "../build/checkContentFolder.ts";
import { archivePart, portNumber, positiveInteger } from "./optionParsers.ts";
import { addSiteOptions, siteBuildOptions, type SiteFlags } from "./siteOptions.ts";
import { commandProgress } from "./commandProgress.ts";
import { examples } from "./examples.ts";
import type { ArchivePart } from "../build/archivePart.ts";
import { PartsError } from "../build/partManifest.ts";

interface BuildFlags extends SiteFlags {
  serve?: boolean;
  port: number;
  incremental?: boolean;
  searchOnly?: boolean;
  soloLimit?: number;
  part?: ArchivePart;
  allowEmpty?: boolean;
}

/** Registers `news-archive build`: renders the content folder into a static site. */
export function registerBuildCommand(program: Command, setExitCode: (code: number) => void): void {
  addSiteOptions(
    program
      .command("build")
      .description("Render the Markdown archive into a static right-to-left website."),
    {
      content: "content folder written by ingest",
      pathPrefix: "serve the site from a subfolder, e.g. /archive/",
      search: "render the site only, without the search index",
      siteConfig: "override site config values for this run, e.g. '{\"itemsPerPage\":50}'",
      renderProcesses:
        "processes that render the site together (default: chosen from the archive's size)",
    },
  )
    .option("--serve", "keep serving with live reload after building")
    .option("--port <port>", "port for --serve", portNumber, 8080)
    .option(
      "--incremental",
      "re-render only pages whose content changed since the last build into --out",
    )
    .option("--search-only", "index an already built --out folder without rendering it again")
    .option(
      "--part <i/n>",
      "render part i of n into --out, for `news-archive merge` (e.g. one CI job per part)",
      archivePart,
    )
    .addHelpText(
      "after",
      examples([
        [
          "build content/ into _site/ with search",
          "news-archive build --content content --out _site",
        ],
        ["after a day of news, re-render only what changed", "news-archive build --incremental"],
        ["for a site served from a subfolder", "news-archive build --path-prefix /archive/"],
        [
          "part 2 of 3 on its own machine (then merge)",
          "news-archive build --part 2/3 --out part-2",
        ],
        ["edit with live reload", "news-archive build --serve --no-search"],
      ]),
    )
    // Tests force the sharded path of an incremental build with it; see BuildSiteOptions.soloLimit.
    .addOption(new Option("--solo-limit <pages>").argParser(positiveInteger).hideHelp())
    .option("--allow-empty", "build even when the content folder is missing or has no articles")
    .action(async (flags: BuildFlags, command: Command) => {
      const started = performance.now();
      const { part } = flags;
      if (part && (flags.serve || flags.incremental || flags.searchOnly))
        throw new PartsError(
          "--part cannot be combined with --serve, --incremental or --search-only",
        );
      if (!flags.searchOnly) await checkContentFolder(flags.content, flags.allowEmpty ?? false);
      // Loaded here so `ingest` and `preview` never pay for importing Eleventy and Pagefind.
      const { buildArchive } = await import("../build/buildArchive.ts");
      await buildArchive({
        ...siteBuildOptions(flags),
        serve: flags.serve ?? false,
        port: flags.port,
        incremental: flags.incremental ?? false,
        progress: commandProgress("build"),
        ...(part ? { part } : {}),
        ...(flags.soloLimit !== undefined ? { soloLimit: flags.soloLimit } : {}),
        render: !flags.searchOnly,
        debug: command.optsWithGlobals<{ debug?: boolean }>().debug === true,
      });
      if (!flags.serve) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`news-archive build: wrote ${flags.out} in ${seconds} s\n`);
      }
      setExitCode(0);
    });
}
