import { Command, CommanderError } from "commander";
import { registerIngestCommand } from "./ingestCommand.ts";
import { registerBuildCommand } from "./buildCommand.ts";
import { registerPreviewCommand } from "./previewCommand.ts";
import { registerMergeCommand } from "./mergeCommand.ts";

/** The `news-archive` command with its sub-commands; an action reports its exit code through `setExitCode`. */
export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("news-archive")
    .description("Turn scraped Arabic news pages into a searchable right-to-left static website.")
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
