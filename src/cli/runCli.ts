import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { examples } from "./examples.ts";
import { registerIngestCommand } from "./ingestCommand.ts";
import { registerBuildCommand } from "./buildCommand.ts";
import { registerPreviewCommand } from "./previewCommand.ts";
import { registerMergeCommand } from "./mergeCommand.ts";
import { formatCliError } from "./formatCliError.ts";

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
    .option("--debug", "print the stack trace of a failure")
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
  let commandName = "";
  program.hook("preAction", (_program, action) => {
    commandName = action.name();
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    // Failures a user can meet (full disk, missing folder, permissions) are one line; the stack only with --debug.
    const debug = program.opts<{ debug?: boolean }>().debug === true || argv.includes("--debug");
    process.stderr.write(formatCliError(error, { command: commandName || "cli", debug }));
    return 1;
  }
  return exitCode;
}
