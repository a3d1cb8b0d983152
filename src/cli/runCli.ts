import { Command, CommanderError } from "commander";
import { registerIngestCommand } from "./ingestCommand.ts";
import { registerBuildCommand } from "./buildCommand.ts";
import { registerPreviewCommand } from "./previewCommand.ts";
import { registerMergeCommand } from "./mergeCommand.ts";

/** Parses argv, runs one sub-command and resolves to the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = new Command("news-archive")
    .description("Turn scraped Arabic news pages into a searchable right-to-left static website.")
    .exitOverride();
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  registerIngestCommand(program, setExitCode);
  registerBuildCommand(program, setExitCode);
  registerMergeCommand(program, setExitCode);
  registerPreviewCommand(program, setExitCode);
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
