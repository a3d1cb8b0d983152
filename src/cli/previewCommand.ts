import type { Command } from "commander";

/** Registers `news-archive preview` (placeholder until the preview server lands). */
export function registerPreviewCommand(program: Command, setExitCode: (code: number) => void): void {
  program.command("preview").action(() => setExitCode(1));
}
