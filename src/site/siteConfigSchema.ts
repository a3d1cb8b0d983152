import { z } from "zod";
import { isUrlPathPrefix, pathPrefixRule, type SiteConfig } from "./siteConfig.ts";

/** The site config's shape, for values that arrive as text (a render job, `--site-config`). */
export const siteConfigSchema = z.strictObject({
  title: z.string(),
  description: z.string(),
  baseUrl: z.string(),
  pathPrefix: z.string().refine(isUrlPathPrefix, pathPrefixRule),
  locale: z.string(),
  digits: z.enum(["latn", "arab"]),
  itemsPerPage: z.int().positive(),
  headlinesPerPage: z.int().positive(),
  tickerSize: z.int().nonnegative(),
  feedSize: z.int().nonnegative(),
  wordsPerMinute: z.int().positive(),
  searchBudget: z.int().nonnegative(),
}) satisfies z.ZodType<SiteConfig>;

/** Per-run overrides of some site config values, e.g. `{"itemsPerPage":50}`. */
export const siteOverridesSchema = siteConfigSchema.partial();

/** Parses `--site-config` JSON into checked overrides; throws one clear line when it is not valid. */
export function parseSiteOverrides(json: string): Partial<SiteConfig> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`--site-config is not JSON: ${json}`);
  }
  const parsed = siteOverridesSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`--site-config: ${z.prettifyError(parsed.error).replace(/\n\s*/g, " ")}`);
  }
  return parsed.data as Partial<SiteConfig>;
}
