import { ContentFolderError } from "../build/checkContentFolder.ts";
import { IngestError } from "../ingest/runIngest.ts";
import { RenderShardsError } from "../build/renderShards.ts";
import { PartsError } from "../build/partManifest.ts";

/** Options of {@link formatCliError}. */
export interface CliErrorFormat {
  /** The sub-command that failed, e.g. `ingest`. */
  command: string;
  /** Append the stack trace (the `--debug` flag). */
  debug: boolean;
}

// What a system error means to someone running the command, and what to do about it.
const errnoAdvice: Record<string, { what: string; todo: string }> = {
  ENOSPC: { what: "no space left on the device", todo: "free some disk space, then run it again" },
  EDQUOT: {
    what: "disk quota exceeded",
    todo: "free some space or raise the quota, then run it again",
  },
  EACCES: { what: "permission denied", todo: "check the file's owner and permissions" },
  EPERM: { what: "operation not permitted", todo: "check the file's owner and permissions" },
  EROFS: { what: "the file system is read-only", todo: "choose a writable folder" },
  ENOENT: { what: "no such file or folder", todo: "check the path" },
  ENOTDIR: { what: "a path component is not a folder", todo: "check the path" },
  EISDIR: { what: "expected a file but found a folder", todo: "check the path" },
  // A file where a folder must be made (`--report notes.txt/report.json`, `--out` under a file).
  EEXIST: { what: "a file is in the way", todo: "check the path" },
  ENAMETOOLONG: { what: "a file name is too long", todo: "choose a shorter path" },
  EMFILE: { what: "too many open files", todo: "raise the limit (ulimit -n) and run it again" },
  ENFILE: {
    what: "too many open files on the system",
    todo: "close other programs and run it again",
  },
  EIO: { what: "input/output error", todo: "check the disk" },
  EADDRINUSE: { what: "the port is already in use", todo: "choose another --port" },
};

interface SystemError extends Error {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}

/** The error itself or the first system error among its causes (`cause`, Eleventy's `originalError`). */
function systemErrorWithin(error: unknown): SystemError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    if (isSystemError(current)) return current;
    const wrapper = current as { cause?: unknown; originalError?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return undefined;
}

/**
 * One line for a failed command (what went wrong, on which file, what to do), followed by the
 * stack only when `debug` is set. Errors the commands raise on purpose keep their own message.
 */
export function formatCliError(error: unknown, format: CliErrorFormat): string {
  const prefix = `news-archive ${format.command}:`;
  const line = `${prefix} ${describe(error, format.debug)}`;
  const stack = format.debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return `${line}${stack}\n`;
}

function describe(error: unknown, debug: boolean): string {
  if (
    error instanceof IngestError ||
    error instanceof ContentFolderError ||
    error instanceof RenderShardsError ||
    error instanceof PartsError
  )
    return error.message;
  const debugHint = debug ? "" : " (run again with --debug for details)";
  const system = systemErrorWithin(error);
  if (system) {
    const advice = errnoAdvice[system.code];
    const file = system.path ?? system.dest;
    // A wrapped error (Eleventy's "Having trouble writing to …") names the file when the cause does not.
    const where =
      file !== undefined
        ? ` while ${verbFor(system.syscall)} ${file}`
        : system !== error && error instanceof Error
          ? ` (${firstLine(error.message)})`
          : "";
    if (advice) return `${advice.what}${where} (${system.code}): ${advice.todo}.`;
    return `${firstLine(system.message)}${where}${debugHint}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${firstLine(message)}${debugHint}`;
}

function verbFor(syscall: string | undefined): string {
  if (syscall === undefined) return "using";
  if (
    /^(write|open|rename|mkdir|copyfile|symlink|unlink|rmdir|ftruncate|fsync|close)/.test(syscall)
  )
    return syscall === "open" ? "opening" : "writing";
  if (/^(read|scandir|stat|lstat|access|readlink|realpath)/.test(syscall)) return "reading";
  if (syscall === "listen") return "listening on";
  return "using";
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}
