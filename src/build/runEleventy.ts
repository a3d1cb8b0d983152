import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { archiveSite, type ArchiveSiteOptions } from "../../.eleventy.ts";
import type { EleventyConfig } from "../site/eleventyConfig.ts";
import { devServerGuard } from "../preview/devServerGuard.ts";

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
  const site = archiveSite(options);
  const wire = options.serve
    ? (eleventyConfig: EleventyConfig) => {
        site(eleventyConfig);
        eleventyConfig.setServerOptions({
          // The preview's path rules in front of the dev server (it crashed on `/..%2f..`).
          middleware: [devServerGuard(options.outDir, options.config.pathPrefix)],
          // `--port 0` picks a free port, as in `preview` (the dev server read 0 as "8080").
          port: options.port ?? 8080,
        });
      }
    : site;
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
    await listenOnLoopback(eleventy);
    await eleventy.serve(options.port);
  } else {
    await eleventy.write();
  }
  return eleventy;
}

/** The parts of Eleventy's dev server that choose where it listens (Eleventy 3.1, dev server 2.1). */
interface EleventyServeInternals {
  eleventyServe: {
    init(): Promise<void>;
    initServerInstance(): Promise<void>;
    server: { server: Server; _serverListen(port: number): void };
  };
}

/**
 * Makes Eleventy's dev server listen on 127.0.0.1, like `preview`: it listened on every
 * interface, so anyone on the network could read the site being edited (and, before the guard,
 * stop it with one request). Its own retry on a busy port goes through the same method.
 */
async function listenOnLoopback(eleventy: Eleventy): Promise<void> {
  const { eleventyServe } = eleventy as unknown as EleventyServeInternals;
  await eleventyServe.init();
  await eleventyServe.initServerInstance();
  const devServer = eleventyServe.server;
  devServer._serverListen = (port: number) => {
    devServer.server.listen({ port, host: "127.0.0.1" });
  };
}
