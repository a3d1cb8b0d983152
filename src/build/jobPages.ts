import { restrictPages, scopePages, shardPages, type ArchiveModel } from "../site/archiveModel.ts";
import type { RenderJob } from "./renderJob.ts";

/** The pages a render job draws from the full model: the scope's, the plan's, then the shard's share. */
export function jobPages(
  model: ArchiveModel,
  job: Pick<RenderJob, "scope" | "render" | "shard">,
): ArchiveModel {
  const scoped = scopePages(model, job.scope ?? { kind: "site" });
  const planned = job.render ? restrictPages(scoped, new Set(job.render)) : scoped;
  if (!job.shard) return planned;
  return shardPages(planned, job.shard.index, job.shard.count, job.scope?.kind === "joined");
}
