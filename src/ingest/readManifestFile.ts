import { readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
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
 * Reads the manifest named on the command line, else `<input>/manifest.jsonl` if present.
 * Throws when a named manifest cannot be read: the run should not go on without it.
 */
export async function readManifestFile(
  inputDir: string,
  manifestPath?: string,
): Promise<LoadedManifest> {
  const path = manifestPath ? resolve(manifestPath) : join(inputDir, MANIFEST_NAME);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!manifestPath) return { entries: new Map(), warnings: [] };
    throw new Error(`cannot read manifest ${manifestPath}: ${(error as Error).message}`);
  }
  const parsed = parseManifest(text);
  const name = basename(path);
  return {
    entries: new Map(
      [...parsed.entries].map(([file, entry]) => [normalizeRelativePath(file), entry]),
    ),
    path,
    warnings: parsed.problems.map((p) => ({ file: name, message: `line ${p.line}: ${p.message}` })),
  };
}
