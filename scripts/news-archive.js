#!/usr/bin/env node
// The CLI is written in TypeScript; tsx lets it run without a compile step (Node 20 cannot strip types).
import { register } from "tsx/esm/api";

const debug = process.argv.includes("--debug");
try {
  register();
  const { runCli } = await import("../src/cli/runCli.ts");
  process.exitCode = await runCli(process.argv);
} catch (error) {
  // runCli reports command failures itself; this catches a CLI that cannot even load, still as one line.
  const message = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
  process.stderr.write(
    `news-archive: ${message}${debug ? "" : " (run again with --debug for details)"}\n`,
  );
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
