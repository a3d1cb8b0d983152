import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

const NBSP4 = "\u00a0".repeat(4);

/** A raw page in the aggregator's layout. */
export function rawPage(options: {
  title: string;
  source?: string;
  date?: string;
  body?: readonly string[];
  ticker?: readonly string[];
}): string {
  const ticker = (options.ticker ?? ["عنوان في الشريط", "خبر آخر في الشريط"]).join(NBSP4);
  return [
    ticker,
    "",
    "",
    options.title,
    `نشر في ${options.source ?? "الرياض"} يوم ${options.date ?? "01 - 02 - 2020"}`,
    "",
    ...(options.body ?? ["فقرة أولى من الخبر.", "فقرة ثانية من الخبر."]),
    "",
    "انقر هنا لقراءة الخبر من مصدره.",
  ].join("\n");
}

const created: string[] = [];

/** A fresh temporary folder, removed by `removeTempDirs`. */
export function tempDir(prefix = "ingest-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (relative path → text or bytes) under `root`. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/**
 * Every file under `root` (hidden ones included) as relative path → sha256 and mtime, leaving out
 * the folders `skip` names (relative paths): a live ingest renames temporary files inside them.
 */
export function snapshot(
  root: string,
  skip: readonly string[] = [],
): Record<string, { sha256: string; mtimeMs: number }> {
  const result: Record<string, { sha256: string; mtimeMs: number }> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(relative(root, path))) walk(path);
      } else {
        result[relative(root, path)] = {
          sha256: createHash("sha256").update(readFileSync(path)).digest("hex"),
          mtimeMs: statSync(path).mtimeMs,
        };
      }
    }
  };
  walk(root);
  return result;
}

/** Relative paths of the files under `root`, sorted. */
export function listFiles(root: string): string[] {
  return Object.keys(snapshot(root)).sort();
}
