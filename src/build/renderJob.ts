import { readFile } from "node:fs/promises";
import { z } from "zod";
import { siteConfigSchema } from "../site/siteConfigSchema.ts";

/** What one Eleventy run renders: the one typed object a render process receives. */
export const renderJobSchema = z.strictObject({
  /** Folder with `articles/` and `headlines/` (absolute). */
  contentDir: z.string(),
  /** Output folder (absolute). */
  outDir: z.string(),
  /** The resolved site config of this build. */
  config: siteConfigSchema,
  /** The archive model the parent built, written with `v8.serialize`; absent: load the content. */
  modelFile: z.string().optional(),
  /** Front-matter cache shared by every process of a build; absent: parse every file. */
  cacheFile: z.string().optional(),
  /** What of the site the build renders (see SiteScope); absent: all of it. */
  scope: z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("site") }),
      z.strictObject({ kind: z.literal("joined") }),
      z
        .strictObject({
          kind: z.literal("part"),
          number: z.int().positive(),
          count: z.int().positive(),
        })
        .refine((part) => part.number <= part.count, "part number must not exceed the count"),
    ])
    .optional(),
  /** This process renders one share of the scope's pages (see shardPages); absent: all of them. */
  shard: z
    .strictObject({ index: z.int().nonnegative(), count: z.int().positive() })
    .refine((shard) => shard.index < shard.count, "shard index must be below the count")
    .optional(),
  /** Paginated page URLs to render (an incremental plan); absent: every page. */
  render: z.array(z.string()).optional(),
  /** Keep Eleventy's own output to its summary line. */
  quiet: z.boolean(),
  /** Let Eleventy print its error report with stack traces (the CLI's `--debug`). */
  debug: z.boolean().optional(),
});

/** One render job (see renderJobSchema). */
export type RenderJob = z.infer<typeof renderJobSchema>;

/** Reads and checks a render job file written by the parent build; throws one line naming the problem. */
export async function readRenderJob(file: string): Promise<RenderJob> {
  const parsed = renderJobSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`render job ${file}: ${z.prettifyError(parsed.error).replace(/\n\s*/g, " ")}`);
  }
  return parsed.data;
}
