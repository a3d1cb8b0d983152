import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { contentDirVariable, pathPrefixVariable, siteOverridesVariable } from "./buildSettings.ts";
import { normalizePathPrefix, type SiteConfig } from "./siteConfig.ts";

/** Options of one site build. */
export interface BuildSiteOptions {
  /** Folder with `articles/` and `headlines/` (the ingest output). */
  contentDir: string;
  /** Output folder. */
  outDir: string;
  /** Overrides the site config's path prefix, e.g. `/archive/`. */
  pathPrefix?: string;
  /** Keep serving with live reload after the first build (Eleventy's dev server). */
  serve?: boolean;
  port?: number;
  quiet?: boolean;
  /** Site config values to override for this run (tests, benchmarks). */
  siteOverrides?: Partial<SiteConfig>;
}

/** The repository root, where `.eleventy.ts` and `templates/` live. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Runs Eleventy from TypeScript (Eleventy 3.1 cannot find a `.ts` config by itself). The content
 * folder and prefix reach `.eleventy.ts` through environment variables (see buildSettings.ts).
 */
export async function buildSite(options: BuildSiteOptions): Promise<Eleventy> {
  process.env[contentDirVariable] = path.resolve(options.contentDir);
  if (options.pathPrefix !== undefined) process.env[pathPrefixVariable] = normalizePathPrefix(options.pathPrefix);
  else delete process.env[pathPrefixVariable];
  if (options.siteOverrides) process.env[siteOverridesVariable] = JSON.stringify(options.siteOverrides);

  const eleventy = new Eleventy(path.join(projectRoot, "templates"), path.resolve(options.outDir), {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: options.quiet ?? true,
    runMode: options.serve ? "serve" : "build",
    ...(options.pathPrefix !== undefined ? { pathPrefix: normalizePathPrefix(options.pathPrefix) } : {}),
  });
  if (options.serve) {
    await eleventy.watch();
    await eleventy.serve(options.port);
  } else {
    await eleventy.write();
  }
  return eleventy;
}
