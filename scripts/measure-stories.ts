// Measures story clustering and related articles on a content folder (a thin wrapper over src/stories/).
import { Command } from "commander";
import { readCorpusTruth } from "../src/corpus/corpusTruth.ts";
import type { StoryLabel } from "../src/corpus/storyDesk.ts";
import { measureStories } from "../src/stories/measureStories.ts";

/** The corpus's true story and version of each article, by source URL. */
function readStoryTruth(dir: string): Map<string, StoryLabel> {
  return new Map(
    readCorpusTruth(dir).stories.map(({ url, storyId, version }) => [url, { storyId, version }]),
  );
}

const program = new Command("measure-stories")
  .description(
    "Cluster a content folder's articles into stories and pick related articles, with timings and memory.",
  )
  .requiredOption("--content <dir>", "content folder (ingest output)")
  .option(
    "--truth <dir>",
    "folder with the corpus's story truth (src/corpus/corpusTruth.ts): adds precision and recall",
  )
  .option(
    "--thresholds <list>",
    "comma-separated run-containment thresholds of the close-rewrite stage for the precision/recall curve (above 1: near-copies only)",
  )
  .option("--incremental", "use the cache from the last run instead of a clean run", false)
  .parse();
const options = program.opts<{
  content: string;
  truth?: string;
  thresholds?: string;
  incremental: boolean;
}>();
const report = await measureStories({
  contentDir: options.content,
  truth: options.truth === undefined ? undefined : readStoryTruth(options.truth),
  thresholds: options.thresholds?.split(",").map(Number),
  clean: !options.incremental,
});
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
