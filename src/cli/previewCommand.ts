import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { examples } from "./examples.ts";
import { readBuiltPathPrefix } from "../preview/builtPathPrefix.ts";
import { createStaticServer } from "../preview/createStaticServer.ts";
import { pathPrefix, portNumber } from "./optionParsers.ts";

interface PreviewOptions {
  out: string;
  port: number;
  pathPrefix?: string;
}

/** Registers `news-archive preview`: serves the built site as a static host would, until Ctrl+C. */
export function registerPreviewCommand(
  program: Command,
  setExitCode: (code: number) => void,
): void {
  program
    .command("preview")
    .description(
      "Serve the built site locally exactly as a static host would (prefix, 404 page, headers).",
    )
    .option("--out <dir>", "built site folder", "_site")
    .option("--port <n>", "port to listen on (0 picks a free one)", portNumber, 8080)
    .option(
      "--path-prefix <path>",
      "URL path the site was built for, e.g. /news-archive/ (default: the build's, else /)",
      pathPrefix,
    )
    .addHelpText(
      "after",
      examples([
        ["serve _site/ at http://127.0.0.1:8080/", "news-archive preview"],
        ["another folder on a free port", "news-archive preview --out merged --port 0"],
      ]),
    )
    .action(async (options: PreviewOptions) => {
      if (!existsSync(join(options.out, "index.html"))) {
        process.stderr.write(
          `news-archive preview: no ${join(options.out, "index.html")}; run \`npm run build\` first.\n`,
        );
        setExitCode(1);
        return;
      }
      // A prefixed build only works under its prefix; the build records it in _headers.
      const pathPrefix = options.pathPrefix ?? (await readBuiltPathPrefix(options.out)) ?? "/";
      const server = await createStaticServer({
        root: options.out,
        pathPrefix,
        port: options.port,
      });
      process.stdout.write(`Serving ${options.out} at ${server.url} (Ctrl+C to stop)\n`);
      await new Promise<void>((resolveStop) => {
        process.once("SIGINT", () => resolveStop());
        process.once("SIGTERM", () => resolveStop());
      });
      await server.close();
    });
}
