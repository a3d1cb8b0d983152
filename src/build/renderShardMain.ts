// Entry of one render process (see renderShards.ts): renders its job's share of the site.
import { jobPages } from "./buildSite.ts";
import { loadArchiveModel } from "./planSiteRender.ts";
import { readRenderJob } from "./renderJob.ts";
import { runEleventy } from "./runEleventy.ts";

const job = await readRenderJob(process.argv.at(-1) ?? "");
// The parent loaded the same files first and reported the skipped ones.
const quietLog = () => {};
await runEleventy({
  config: job.config,
  outDir: job.outDir,
  quiet: job.quiet,
  shard: job.shard,
  loadArchive: async () =>
    jobPages(await loadArchiveModel(job.contentDir, job.config, job.cacheFile, quietLog), job),
});
