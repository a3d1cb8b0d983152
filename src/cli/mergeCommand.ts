import type { Command } from "commander";
import { commandProgress } from "./commandProgress.ts";
import { examples } from "./examples.ts";
import { positiveInteger, siteOverrides } from "./optionParsers.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { DEFAULT_SHARD_SIZE } from "../search/planSearchShards.ts";

interface MergeFlags {
  content: string;
  out: string;
  pathPrefix?: string;
  stateFile?: string;
  search: boolean;
  shardSize: number;
  siteConfig?: Partial<SiteConfig>;
  verbose?: boolean;
  renderProcesses?: number;
}

/** Registers `news-archive merge`: joins folders written by `build --part i/n` into the final site. */
export function registerMergeCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("merge")
    .description(
      "Join the parts written by `build --part i/n` into the final site: lists, feeds, sitemaps and search made whole.",
    )
    .argument("<parts...>", "part folders, one per part (any order)")
    .option("--content <dir>", "the content folder the parts were built from", "content")
    .option("--out <dir>", "output folder", "_site")
    .option("--path-prefix <prefix>", "the prefix the parts were built with, e.g. /archive/")
    .option("--state-file <file>", "where page signatures are kept between builds")
    .option("--no-search", "join the pages only, without the search index")
    .option(
      "--shard-size <n>",
      "most pages and headlines per search index shard",
      positiveInteger,
      DEFAULT_SHARD_SIZE,
    )
    .option(
      "--site-config <json>",
      "the site config overrides the parts were built with",
      siteOverrides,
    )
    .option(
      "--render-processes <n>",
      "processes that render the list pages together (default: one per 25,000 list pages)",
      positiveInteger,
    )
    .option("--verbose", "also show Eleventy's own output")
    .addHelpText(
      "after",
      examples([
        [
          "join three parts into _site",
          "news-archive merge part-1 part-2 part-3 --content content --out _site",
        ],
        [
          "the same, for a site served from /archive/",
          "news-archive merge part-* --path-prefix /archive/",
        ],
      ]),
    )
    .action(async (parts: string[], flags: MergeFlags) => {
      const started = performance.now();
      const { mergeParts } = await import("../build/mergeParts.ts");
      await mergeParts({
        partDirs: parts,
        contentDir: flags.content,
        outDir: flags.out,
        ...(flags.pathPrefix !== undefined ? { pathPrefix: flags.pathPrefix } : {}),
        ...(flags.stateFile !== undefined ? { stateFile: flags.stateFile } : {}),
        ...(flags.siteConfig !== undefined ? { siteOverrides: flags.siteConfig } : {}),
        ...(flags.renderProcesses !== undefined ? { renderShards: flags.renderProcesses } : {}),
        search: flags.search,
        maxPerShard: flags.shardSize,
        verbose: flags.verbose ?? false,
        progress: commandProgress("merge"),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`news-archive merge: wrote ${flags.out} in ${seconds} s\n`);
      setExitCode(0);
    });
}
