import { readdirSync, readFileSync } from "node:fs";

/** Memory and CPU time of a process tree at one instant, from /proc. */
export interface ProcessTreeSample {
  /** Sum of VmRSS over the root and all its descendants, in bytes. */
  rssBytes: number;
  /** Largest VmHWM (a process's own peak RSS so far) among them, in bytes. */
  largestPeakBytes: number;
  /** CPU seconds (user + system) used so far by the tree, including its finished children. */
  cpuSeconds: number;
  /** Pids that were in the tree. */
  pids: number[];
}

// USER_HZ: the unit of the times in /proc/<pid>/stat; 100 on every mainstream Linux build.
const CLOCK_TICKS_PER_SECOND = 100;

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "latin1");
  } catch {
    return ""; // The process ended between listing and reading.
  }
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Parent pid from /proc/<pid>/stat. */
export function parentPidOf(stat: string): number | undefined {
  const ppid = Number(statFields(stat)[1]);
  return stat !== "" && Number.isInteger(ppid) ? ppid : undefined;
}

/** utime + stime + cutime + cstime (fields 14–17) of /proc/<pid>/stat, in clock ticks. */
export function cpuTicksOf(stat: string): number {
  const fields = statFields(stat);
  // Field n of stat is fields[n - 3]: the list starts at field 3 (state).
  return [11, 12, 13, 14].reduce((sum, i) => sum + (Number(fields[i]) || 0), 0);
}

/** A `VmRSS:    1234 kB` style field of /proc/<pid>/status, in bytes (0 when absent). */
export function statusFieldBytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * Reads the RSS and CPU time of `root` and all its descendants (found through each process's
 * parent pid: this kernel has no /proc/<pid>/task/<tid>/children).
 */
export function sampleProcessTree(root: number): ProcessTreeSample {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    const ppid = parentPidOf(stat);
    if (ppid === undefined) continue;
    stats.set(Number(entry), stat);
    const siblings = children.get(ppid);
    if (siblings) siblings.push(Number(entry));
    else children.set(ppid, [Number(entry)]);
  }
  const pids = stats.has(root) ? [root] : [];
  for (let i = 0; i < pids.length; i += 1) pids.push(...(children.get(pids[i] as number) ?? []));
  let rssBytes = 0;
  let largestPeakBytes = 0;
  let cpuTicks = 0;
  for (const pid of pids) {
    const status = readOrEmpty(`/proc/${pid}/status`);
    rssBytes += statusFieldBytes(status, "VmRSS");
    largestPeakBytes = Math.max(largestPeakBytes, statusFieldBytes(status, "VmHWM"));
    // A finished child's time moves into its parent's cutime/cstime, so the sum only grows.
    cpuTicks += cpuTicksOf(stats.get(pid) ?? "");
  }
  return { rssBytes, largestPeakBytes, cpuSeconds: cpuTicks / CLOCK_TICKS_PER_SECOND, pids };
}
