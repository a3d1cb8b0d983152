import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { normalizeRelativePath, parseManifest, type ManifestEntry } from "./parseManifest.ts";

/** The manifest's entries by input path, the manifest's own path, and one warning per bad line. */
export interface LoadedManifest {
  entries: Map<string, ManifestEntry>;
  path?: string;
  warnings: Array<{ file: string; message: string }>;
}

/** Default manifest name inside the input folder. */
export const MANIFEST_NAME = "manifest.jsonl";

/**
 * Reads the manifest named on the command line; without one, `<input>/manifest.jsonl`, or the
 * archive layout's `content/manifest.jsonl` beside an input folder named `raw`. Throws when a
 * named manifest cannot be read: the run should not go on without it.
 */
export async function readManifestFile(
  inputDir: string,
  manifestPath?: string,
): Promise<LoadedManifest> {
  const candidates = manifestPath
    ? [resolve(manifestPath)]
    : [
        join(inputDir, MANIFEST_NAME),
        ...(basename(inputDir) === "raw" ? [join(dirname(inputDir), MANIFEST_NAME)] : []),
      ];
  for (const path of candidates) {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if (manifestPath)
        throw new Error(`cannot read manifest ${manifestPath}: ${(error as Error).message}`);
      continue;
    }
    const parsed = parseManifest(text);
    const name = basename(path);
    return {
      entries: new Map(
        [...parsed.entries].map(([file, entry]) => [normalizeRelativePath(file), entry]),
      ),
      path,
      warnings: parsed.problems.map((p) => ({
        file: name,
        message: `line ${p.line}: ${p.message}`,
      })),
    };
  }
  return { entries: new Map(), warnings: [] };
}
