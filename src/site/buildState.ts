import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PageOutput } from "./pageOutputs.ts";

/** What an incremental build remembers between runs. */
export interface BuildState {
  version: 2;
  /** Paginated page URL → signature (see pageSignatures.ts). */
  pages: Record<string, string>;
  /** Generated files besides pages that may disappear (sitemap parts), as output-relative paths. */
  files: string[];
  /** Paginated page URL → size and hash of its output file when the build finished. */
  outputs: Record<string, PageOutput>;
}

/** What a build about to write may leave behind if it is killed: its pages and files. */
export interface BuildInProgress {
  pages: string[];
  files: string[];
}

/** Hashes the files that shape every page (templates, site code, schema) and the resolved config. */
export function buildFingerprint(projectRoot: string, config: unknown): string {
  const hash = createHash("sha1").update(JSON.stringify(config));
  const folders = ["templates", "src/site", "src/archive"];
  for (const folder of folders) {
    const dir = path.join(projectRoot, folder);
    for (const entry of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
      const file = path.join(dir, entry);
      try {
        hash.update(entry).update(readFileSync(file));
      } catch {
        // A folder: its files are listed on their own.
      }
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Default state file of a build: beside the content, under `<content>/.state/site-build/` (where
 * ingest keeps its state too), keyed by the output folder's absolute path; never in the folder
 * the command runs from.
 */
export function defaultStateFile(contentDir: string, outDir: string): string {
  const key = createHash("sha1").update(path.resolve(outDir)).digest("hex").slice(0, 12);
  return path.resolve(contentDir, ".state", "site-build", `${key}.json`);
}

/** Reads a previous build state; a missing or unreadable file means «no previous build». */
export async function readBuildState(file: string): Promise<BuildState | undefined> {
  try {
    const state = JSON.parse(await readFile(file, "utf8")) as BuildState;
    return state.version === 2 ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the state atomically (temp file + rename), so an interrupted build leaves the old state. */
export async function writeBuildState(file: string, state: BuildState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(state));
  await rename(temp, file);
}

/** The mark a build keeps beside its state file from before its first write until it recorded its state. */
function buildMarkFile(stateFile: string): string {
  return `${stateFile}.building`;
}

/**
 * Marks a build as under way, before it writes anything: until {@link markBuildFinished}, a
 * killed build leaves this mark, and the next build checks every page instead of trusting sizes.
 */
export async function markBuildStarted(stateFile: string, writes: BuildInProgress): Promise<void> {
  await mkdir(path.dirname(stateFile), { recursive: true });
  const mark = buildMarkFile(stateFile);
  const temp = `${mark}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(writes));
  await rename(temp, mark);
}

/** Clears the mark once the build's state is recorded. */
export async function markBuildFinished(stateFile: string): Promise<void> {
  await rm(buildMarkFile(stateFile), { force: true });
}

/**
 * What the last build declared it would write, when it did not finish (its mark is still there);
 * undefined when it finished. A mark that cannot be read still means «did not finish».
 */
export async function readUnfinishedBuild(stateFile: string): Promise<BuildInProgress | undefined> {
  let text: string;
  try {
    text = await readFile(buildMarkFile(stateFile), "utf8");
  } catch {
    return undefined;
  }
  try {
    const writes = JSON.parse(text) as Partial<BuildInProgress>;
    return {
      pages: Array.isArray(writes.pages) ? writes.pages : [],
      files: Array.isArray(writes.files) ? writes.files : [],
    };
  } catch {
    return { pages: [], files: [] };
  }
}

/** The output file of a page URL (`/a/b/` → `a/b/index.html`) or of a file URL (`/sitemap-2.xml`). */
export function outputFileOf(outDir: string, href: string): string {
  const relative = href.replace(/^\/+/, "");
  return path.join(
    outDir,
    relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative,
  );
}

/** Deletes the output files of removed pages and the folders they leave empty. */
export async function removeOutputs(outDir: string, hrefs: readonly string[]): Promise<void> {
  const root = path.resolve(outDir);
  for (const href of hrefs) {
    const file = outputFileOf(root, href);
    if (!file.startsWith(`${root}${path.sep}`)) continue;
    await rm(file, { force: true });
    for (
      let dir = path.dirname(file);
      dir !== root && dir.startsWith(root);
      dir = path.dirname(dir)
    ) {
      try {
        await rmdir(dir);
      } catch {
        break; // not empty
      }
    }
  }
}
