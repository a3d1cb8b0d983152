// Entry of one render process (see renderShards.ts): renders its job's share of the site.
import { jobPages } from "./buildSite.ts";
import { loadArchiveModel } from "./planSiteRender.ts";
import { readRenderJob } from "./renderJob.ts";
import { runEleventy } from "./runEleventy.ts";
import { formatCliError } from "../cli/formatCliError.ts";

const job = await readRenderJob(process.argv.at(-1) ?? "");
// The parent loaded the same files first and reported the skipped ones.
const quietLog = () => {};
try {
  await runEleventy({
    config: job.config,
    outDir: job.outDir,
    quiet: job.quiet,
    debug: job.debug,
    shard: job.shard,
    loadArchive: async () =>
      jobPages(await loadArchiveModel(job.contentDir, job.config, job.cacheFile, quietLog), job),
  });
} catch (error) {
  // This process is part of the CLI: its failure is one line too (the stack only with --debug).
  const shard = job.shard ? `${job.shard.index}/${job.shard.count}` : "0/1";
  process.stderr.write(
    formatCliError(error, { command: `build (render shard ${shard})`, debug: job.debug === true }),
  );
  process.exitCode = 1;
}
