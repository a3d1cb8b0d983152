// Entry of one render process (see renderShards.ts): renders its job's share of the site.
import { jobPages } from "./buildSite.ts";
import { loadArchiveModel } from "./planSiteRender.ts";
import { readRenderJob } from "./renderJob.ts";
import { runEleventy } from "./runEleventy.ts";

const job = await readRenderJob(process.argv.at(-1) ?? "");
const log = (line: string) => process.stderr.write(`news-archive build: ${line}\n`);
await runEleventy({
  config: job.config,
  outDir: job.outDir,
  quiet: job.quiet,
  shard: job.shard,
  loadArchive: async () =>
    jobPages(await loadArchiveModel(job.contentDir, job.config, job.cacheFile, log), job),
});
