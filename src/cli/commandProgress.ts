import { lineProgress, type BuildProgress } from "../build/buildProgress.ts";
import { progressBars } from "./progressBars.ts";

/**
 * How a command shows its phases: bars on a terminal, otherwise one line per phase on stdout
 * and notes (skipped files, the incremental plan) on stderr, each prefixed with the command.
 */
export function commandProgress(command: string): BuildProgress {
  if (process.stdout.isTTY) return progressBars(process.stdout, "");
  const prefix = `news-archive ${command}: `;
  return lineProgress(
    (line) => process.stdout.write(`${prefix}${line}\n`),
    (line) => process.stderr.write(`${prefix}${line}\n`),
  );
}
