import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { examples } from "./examples.ts";
import { registerIngestCommand } from "./ingestCommand.ts";
import { registerBuildCommand } from "./buildCommand.ts";
import { registerPreviewCommand } from "./previewCommand.ts";
import { registerMergeCommand } from "./mergeCommand.ts";

/** The version in the package's package.json. */
function packageVersion(): string {
  const file = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** The `news-archive` command with its sub-commands; an action reports its exit code through `setExitCode`. */
export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("news-archive")
    .description("Turn scraped Arabic news pages into a searchable right-to-left static website.")
    .version(packageVersion(), "-V, --version", "print the version")
    .addHelpText(
      "after",
      examples([
        [
          "turn the sample into a site and preview it",
          "news-archive ingest --manifest content/manifest.jsonl",
        ],
        ["", "news-archive build"],
        ["", "news-archive preview"],
        ["help on one command", "news-archive build --help"],
      ]),
    )
    .exitOverride();
  registerIngestCommand(program, setExitCode);
  registerBuildCommand(program, setExitCode);
  registerMergeCommand(program, setExitCode);
  registerPreviewCommand(program, setExitCode);
  return program;
}

/** Parses argv, runs one sub-command and resolves to the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(
      `news-archive: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  return exitCode;
}
