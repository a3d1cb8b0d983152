import { Option, type Command } from "commander";
import { checkContentFolder } from "../build/checkContentFolder.ts";
import { DEFAULT_SHARD_SIZE } from "../search/planSearchShards.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { archivePart, portNumber, positiveInteger, siteOverrides } from "./optionParsers.ts";
import { commandProgress } from "./commandProgress.ts";
import { examples } from "./examples.ts";
import type { ArchivePart } from "../build/archivePart.ts";
import { PartsError } from "../build/partManifest.ts";

interface BuildFlags {
  content: string;
  out: string;
  pathPrefix?: string;
  serve?: boolean;
  port: number;
  incremental?: boolean;
  stateFile?: string;
  search: boolean;
  searchOnly?: boolean;
  shardSize: number;
  siteConfig?: Partial<SiteConfig>;
  renderProcesses?: number;
  soloLimit?: number;
  part?: ArchivePart;
  verbose?: boolean;
  allowEmpty?: boolean;
}

/** Registers `news-archive build`: renders the content folder into a static site. */
export function registerBuildCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("build")
    .description("Render the Markdown archive into a static right-to-left website.")
    .option("--content <dir>", "content folder written by ingest", "content")
    .option("--out <dir>", "output folder", "_site")
    .option("--path-prefix <prefix>", "serve the site from a subfolder, e.g. /archive/")
    .option("--serve", "keep serving with live reload after building")
    .option("--port <port>", "port for --serve", portNumber, 8080)
    .option(
      "--state-file <file>",
      "where page signatures are kept between builds (default: <content>/.state/)",
    )
    .option(
      "--incremental",
      "re-render only pages whose content changed since the last build into --out",
    )
    .option("--no-search", "render the site only, without the search index")
    .option("--search-only", "index an already built --out folder without rendering it again")
    .option(
      "--shard-size <n>",
      "most pages and headlines per search index shard",
      positiveInteger,
      DEFAULT_SHARD_SIZE,
    )
    .option(
      "--site-config <json>",
      "override site config values for this run, e.g. '{\"itemsPerPage\":50}'",
      siteOverrides,
    )
    .option(
      "--render-processes <n>",
      "processes that render the site together (default: chosen from the archive's size)",
      positiveInteger,
    )
    .option(
      "--part <i/n>",
      "render part i of n into --out, for `news-archive merge` (e.g. one CI job per part)",
      archivePart,
    )
    .option("--verbose", "also show Eleventy's own output")
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
        contentDir: flags.content,
        outDir: flags.out,
        ...(flags.pathPrefix !== undefined ? { pathPrefix: flags.pathPrefix } : {}),
        serve: flags.serve ?? false,
        port: flags.port,
        incremental: flags.incremental ?? false,
        ...(flags.stateFile !== undefined ? { stateFile: flags.stateFile } : {}),
        verbose: flags.verbose ?? false,
        progress: commandProgress("build"),
        ...(part ? { part } : {}),
        ...(flags.siteConfig !== undefined ? { siteOverrides: flags.siteConfig } : {}),
        ...(flags.renderProcesses !== undefined ? { renderShards: flags.renderProcesses } : {}),
        ...(flags.soloLimit !== undefined ? { soloLimit: flags.soloLimit } : {}),
        render: !flags.searchOnly,
        search: flags.search,
        maxPerShard: flags.shardSize,
        debug: command.optsWithGlobals<{ debug?: boolean }>().debug === true,
      });
      if (!flags.serve) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`news-archive build: wrote ${flags.out} in ${seconds} s\n`);
      }
      setExitCode(0);
    });
}
