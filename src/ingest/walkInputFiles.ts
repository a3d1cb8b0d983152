import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Options for walking the raw input folder. */
export interface WalkOptions {
  /** Relative paths (forward slashes) to leave out, such as the manifest. */
  skipFiles?: ReadonlySet<string>;
  /** A folder to leave out entirely, e.g. the content folder when it lies inside the input. */
  skipDir?: string;
}

/**
 * Lists the regular files under `root` as sorted relative paths with forward slashes, skipping
 * hidden files and folders and symbolic links (which could point outside or loop).
 */
export async function walkInputFiles(root: string, options: WalkOptions = {}): Promise<string[]> {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    if (options.skipDir && dir === options.skipDir) continue;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) {
        const rel = relative(root, path).split(sep).join("/");
        if (!options.skipFiles?.has(rel)) files.push(rel);
      }
    }
  }
  // Code-unit order of whole paths: the same on every machine and run, whatever readdir returns.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
