import { Command, CommanderError } from "commander";
import { registerIngestCommand } from "./ingestCommand.ts";
import { registerBuildCommand } from "./buildCommand.ts";
import { registerPreviewCommand } from "./previewCommand.ts";
import { formatCliError } from "./formatCliError.ts";

/** Parses argv, runs one sub-command and resolves to the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = new Command("news-archive")
    .description("Turn scraped Arabic news pages into a searchable right-to-left static website.")
    .option("--debug", "print the stack trace of a failure")
    .exitOverride();
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  let commandName = "";
  program.hook("preAction", (_program, action) => {
    commandName = action.name();
  });
  registerIngestCommand(program, setExitCode);
  registerBuildCommand(program, setExitCode);
  registerPreviewCommand(program, setExitCode);
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
