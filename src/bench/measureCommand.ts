import { spawn } from "node:child_process";
import { countWrittenFiles, type WrittenFiles } from "./countWrittenFiles.ts";
import { sampleProcessTree } from "./sampleProcessTree.ts";

/** A command to run and measure. */
export interface CommandSpec {
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Folders whose new and changed files count as the command's output. */
  outputDirs?: readonly string[];
}

/** Options of the measurement itself. */
export interface MeasureOptions {
  /** How often the process tree's memory is read, in ms. */
  sampleIntervalMs?: number;
  /** Bytes of stdout/stderr kept (the end of each). */
  keepOutputBytes?: number;
}

/** What one run of a command cost. */
export interface Measurement extends WrittenFiles {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallSeconds: number;
  /** Peak RSS of the whole process tree: the largest sampled sum, or a single process's own peak if larger. */
  peakRssBytes: number;
  /** The largest peak RSS of any single process of the tree (VmHWM). */
  largestProcessPeakBytes: number;
  samples: number;
  /**
   * CPU seconds (user + system) of the tree at the last sample before it exited (up to one
   * sample interval short): unlike wall time, it hardly grows when other work shares the CPUs.
   */
  cpuSeconds: number;
  /** Most processes seen in the tree at once. */
  maxProcesses: number;
  stdout: string;
  stderr: string;
}

// Kernel file times come from a coarse clock that can lag wall time by a tick or two.
const MTIME_SLACK_MS = 50;

function appendTail(kept: string, chunk: Buffer, limit: number): string {
  const joined = kept + chunk.toString("utf8");
  return joined.length > limit ? joined.slice(-limit) : joined;
}

/** Runs a command, sampling its process tree's RSS from /proc, and counts the files it wrote. */
export function measureCommand(
  spec: CommandSpec,
  options: MeasureOptions = {},
): Promise<Measurement> {
  const interval = options.sampleIntervalMs ?? 50;
  const keep = options.keepOutputBytes ?? 16_384;
  return new Promise((resolve, reject) => {
    const startedAtMs = Date.now();
    const started = performance.now();
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let peakRssBytes = 0;
    let largestProcessPeakBytes = 0;
    let samples = 0;
    let maxProcesses = 0;
    let cpuSeconds = 0;
    let exited = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout = appendTail(stdout, chunk, keep)));
    child.stderr.on("data", (chunk: Buffer) => (stderr = appendTail(stderr, chunk, keep)));
    const sample = (): void => {
      if (exited || child.pid === undefined) return;
      const tree = sampleProcessTree(child.pid);
      if (tree.pids.length === 0) return;
      samples += 1;
      maxProcesses = Math.max(maxProcesses, tree.pids.length);
      peakRssBytes = Math.max(peakRssBytes, tree.rssBytes, tree.largestPeakBytes);
      largestProcessPeakBytes = Math.max(largestProcessPeakBytes, tree.largestPeakBytes);
      cpuSeconds = Math.max(cpuSeconds, tree.cpuSeconds);
    };
    sample();
    const timer = setInterval(sample, interval);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("exit", (exitCode, signal) => {
      const wallSeconds = (performance.now() - started) / 1000;
      exited = true;
      clearInterval(timer);
      // Wait for the pipes to drain before reporting the output.
      child.on("close", () => {
        const written = countWrittenFiles(spec.outputDirs ?? [], startedAtMs - MTIME_SLACK_MS);
        resolve({
          exitCode,
          signal,
          wallSeconds,
          peakRssBytes,
          largestProcessPeakBytes,
          cpuSeconds,
          samples,
          maxProcesses,
          stdout,
          stderr,
          ...written,
        });
      });
    });
  });
}
