import type { Command } from "commander";

/** Registers `news-archive ingest` (placeholder until the ingest pipeline lands). */
export function registerIngestCommand(program: Command, setExitCode: (code: number) => void): void {
  program.command("ingest").action(() => setExitCode(1));
}
