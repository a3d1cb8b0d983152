import type { Command } from "commander";
import { commandProgress } from "./commandProgress.ts";
import { examples } from "./examples.ts";
import { addSiteOptions, siteBuildOptions, type SiteFlags } from "./siteOptions.ts";

/** Registers `news-archive merge`: joins folders written by `build --part i/n` into the final site. */
export function registerMergeCommand(program: Command, setExitCode: (code: number) => void): void {
  addSiteOptions(
    program
      .command("merge")
      .description(
        "Join the parts written by `build --part i/n` into the final site: lists, feeds, sitemaps and search made whole.",
      )
      .argument("<parts...>", "part folders, one per part (any order)"),
    {
      content: "the content folder the parts were built from",
      pathPrefix: "the prefix the parts were built with, e.g. /archive/",
      search: "join the pages only, without the search index",
      siteConfig: "the site config overrides the parts were built with",
      renderProcesses:
        "processes that render the list pages together (default: one per 25,000 list pages)",
    },
  )
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
    .action(async (parts: string[], flags: SiteFlags) => {
      const started = performance.now();
      const { mergeParts } = await import("../build/mergeParts.ts");
      await mergeParts({
        partDirs: parts,
        ...siteBuildOptions(flags),
        progress: commandProgress("merge"),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`news-archive merge: wrote ${flags.out} in ${seconds} s\n`);
      setExitCode(0);
    });
}
