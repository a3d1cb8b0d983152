import { Option, type Command } from "commander";
import { DEFAULT_SHARD_SIZE } from "../search/planSearchShards.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { pathPrefix, positiveInteger, siteOverrides } from "./optionParsers.ts";

/** The flags `build` and `merge` share, as commander hands them to the action. */
export interface SiteFlags {
  content: string;
  out: string;
  pathPrefix?: string;
  stateFile?: string;
  search: boolean;
  shardSize: number;
  siteConfig?: Partial<SiteConfig>;
  renderProcesses?: number;
  verbose?: boolean;
}

/** What each shared flag says in one command's help; the flag names and parsers are declared once below. */
export interface SiteOptionHelp {
  content: string;
  pathPrefix: string;
  search: string;
  siteConfig: string;
  renderProcesses: string;
}

/** Adds the flags `build` and `merge` share (content, output, prefix, state, search, shards, config, processes, verbose). */
export function addSiteOptions(command: Command, help: SiteOptionHelp): Command {
  return command
    .addOption(new Option("--content <dir>", help.content).default("content"))
    .addOption(new Option("--out <dir>", "output folder").default("_site"))
    .addOption(new Option("--path-prefix <prefix>", help.pathPrefix).argParser(pathPrefix))
    .addOption(
      new Option(
        "--state-file <file>",
        "where page signatures are kept between builds (default: <content>/.state/)",
      ),
    )
    .addOption(new Option("--no-search", help.search))
    .addOption(
      new Option("--shard-size <n>", "most pages and headlines per search index shard")
        .argParser(positiveInteger)
        .default(DEFAULT_SHARD_SIZE),
    )
    .addOption(new Option("--site-config <json>", help.siteConfig).argParser(siteOverrides))
    .addOption(
      new Option("--render-processes <n>", help.renderProcesses).argParser(positiveInteger),
    )
    .addOption(new Option("--verbose", "also show Eleventy's own output"));
}

/** The build options every shared flag maps to, without the flags a command leaves unset. */
export function siteBuildOptions(flags: SiteFlags) {
  return {
    contentDir: flags.content,
    outDir: flags.out,
    ...(flags.pathPrefix !== undefined ? { pathPrefix: flags.pathPrefix } : {}),
    ...(flags.stateFile !== undefined ? { stateFile: flags.stateFile } : {}),
    ...(flags.siteConfig !== undefined ? { siteOverrides: flags.siteConfig } : {}),
    ...(flags.renderProcesses !== undefined ? { renderShards: flags.renderProcesses } : {}),
    search: flags.search,
    maxPerShard: flags.shardSize,
    verbose: flags.verbose ?? false,
  };
}
