import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { archiveSite, type ArchiveSiteOptions } from "../../.eleventy.ts";

/** The repository root, where `.eleventy.ts` and `templates/` live. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** One Eleventy run in this process. */
export interface EleventyRunOptions extends ArchiveSiteOptions {
  outDir: string;
  /** Keep serving with live reload after the first build (Eleventy's dev server). */
  serve?: boolean | undefined;
  port?: number | undefined;
  /** Print nothing of Eleventy's own (its summary line, benchmark warnings); errors still throw. */
  quiet: boolean;
  /** Let Eleventy print its own error report with stack traces (the CLI's `--debug`). */
  debug?: boolean | undefined;
}

/** The part of Eleventy's internals that prints: its logger and its benchmark groups. */
interface EleventyInternals {
  disableLogger(): void;
  config?: {
    benchmarkManager?: { getBenchmarkGroup(name: string): { setIsVerbose(v: boolean): void } };
  };
}

/**
 * Runs Eleventy in this process with the site's plugins wired for these options (Eleventy's
 * `config` callback); `.eleventy.ts` adds only its fixed settings.
 */
export async function runEleventy(options: EleventyRunOptions): Promise<Eleventy> {
  const wire = archiveSite(options);
  const eleventy = new Eleventy(path.join(projectRoot, "templates"), options.outDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    config: wire,
    quietMode: options.quiet,
    runMode: options.serve ? "serve" : "build",
    pathPrefix: options.config.pathPrefix,
  });
  // watch() needs the initialised instance that write() would set up itself.
  await eleventy.init();
  if (options.quiet && !options.serve) {
    const internals = eleventy as unknown as EleventyInternals;
    internals.disableLogger();
    // Its configuration benchmarks are created before quiet mode applies and would still warn
    // ("Benchmark … Nunjucks Filter"), which reads like a fault to a user.
    internals.config?.benchmarkManager?.getBenchmarkGroup("Configuration").setIsVerbose(false);
  }
  if (!options.debug && !options.serve) {
    // The CLI reports a failed build in one line; Eleventy's report repeats it with a stack trace.
    eleventy.errorHandler.logger = { message: () => {}, isVerbose: false };
  }
  if (options.serve) {
    await eleventy.watch();
    await eleventy.serve(options.port);
  } else {
    await eleventy.write();
  }
  return eleventy;
}
