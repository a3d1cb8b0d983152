// Entry of one render process (see renderShards.ts): renders its job's share of the site.
import { readFile } from "node:fs/promises";
import { deserialize } from "node:v8";
import { pageKindsOnlyFor, type ArchiveModel } from "../site/archiveModel.ts";
import { jobPages } from "./jobPages.ts";
import { loadArchiveModel } from "./planSiteRender.ts";
import { readRenderJob } from "./renderJob.ts";
import type { RenderProgressMessage } from "./renderShards.ts";
import { runEleventy } from "./runEleventy.ts";
import { formatCliError } from "../cli/formatCliError.ts";

const job = await readRenderJob(process.argv.at(-1) ?? "");
let pages = 0;
// The parent shows the build's progress; a message per 50 files costs it next to nothing. After a
// failure this process disconnects while Eleventy may still finish pages in flight: those send nothing.
const report = (): void => {
  if (process.connected) process.send?.({ pages } satisfies RenderProgressMessage);
};
// The parent loaded the same files first and reported the skipped ones.
const quietLog = () => {};
try {
  await runEleventy({
    config: job.config,
    outDir: job.outDir,
    quiet: job.quiet,
    debug: job.debug,
    onPage: () => {
      if (++pages % 50 === 0) report();
    },
    // Shard 0 of a scope that renders all also renders the one-off pages and assets.
    pageKindsOnly: pageKindsOnlyFor(job.scope ?? { kind: "site" }, job.shard?.index ?? 0),
    loadArchive: async () =>
      jobPages(
        job.modelFile
          ? (deserialize(await readFile(job.modelFile)) as ArchiveModel)
          : await loadArchiveModel(job.contentDir, job.config, job.cacheFile, quietLog),
        job,
      ),
  });
  report();
} catch (error) {
  // This process is part of the CLI: its failure is one line too (the stack only with --debug).
  const shard = job.shard ? `${job.shard.index}/${job.shard.count}` : "0/1";
  process.stderr.write(
    formatCliError(error, { command: `build (render shard ${shard})`, debug: job.debug === true }),
  );
  process.exitCode = 1;
}
process.disconnect?.();
