#!/usr/bin/env node
// The CLI is written in TypeScript; tsx lets it run without a compile step (Node 20 cannot strip types).
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/runCli.ts");
process.exitCode = await runCli(process.argv);
