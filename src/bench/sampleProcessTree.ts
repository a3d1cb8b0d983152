import { readdirSync, readFileSync } from "node:fs";

/** Memory of a process tree at one instant, from /proc. */
export interface TreeMemorySample {
  /** Sum of VmRSS over the root and all its descendants, in bytes. */
  rssBytes: number;
  /** Largest VmHWM (a process's own peak RSS so far) among them, in bytes. */
  largestPeakBytes: number;
  /** Pids that were in the tree. */
  pids: number[];
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "latin1");
  } catch {
    return ""; // The process ended between listing and reading.
  }
}

/** Parent pid from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentPidOf(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** A `VmRSS:    1234 kB` style field of /proc/<pid>/status, in bytes (0 when absent). */
export function statusFieldBytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Lists the pids of `root` and all its descendants (this kernel has no /proc/<pid>/task/<tid>/children). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentPidOf(readOrEmpty(`/proc/${entry}/stat`));
    if (ppid === undefined) continue;
    const siblings = children.get(ppid);
    if (siblings) siblings.push(Number(entry));
    else children.set(ppid, [Number(entry)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

/** Reads the current RSS of a process tree. */
export function sampleTreeMemory(root: number): TreeMemorySample {
  const pids = processTree(root);
  let rssBytes = 0;
  let largestPeakBytes = 0;
  for (const pid of pids) {
    const status = readOrEmpty(`/proc/${pid}/status`);
    rssBytes += statusFieldBytes(status, "VmRSS");
    largestPeakBytes = Math.max(largestPeakBytes, statusFieldBytes(status, "VmHWM"));
  }
  return { rssBytes, largestPeakBytes, pids };
}
