import type { Command } from "commander";

/** Registers `news-archive build` (placeholder until the site lands). */
export function registerBuildCommand(program: Command, setExitCode: (code: number) => void): void {
  program.command("build").action(() => setExitCode(1));
}
