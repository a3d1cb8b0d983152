import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  articleFrontMatterSchema,
  headlineFrontMatterSchema,
  type HeadlineFrontMatter,
} from "../archive/articleFrontMatter.ts";
import { readFrontMatter } from "../archive/readFrontMatter.ts";
import type { ArchiveInput } from "./archiveModel.ts";
import type { ArticleSource } from "./articleRecords.ts";

/** A content file that could not be used, and why. */
export interface LoadProblem {
  file: string;
  message: string;
}

/** The loaded archive plus the files that were skipped. */
export interface LoadedArchive extends ArchiveInput {
  problems: LoadProblem[];
}

/** Lists `*.md` files under a folder (recursively, sorted); a missing folder has none. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.endsWith(".md"))
    .map((entry) => path.join(dir, entry))
    .sort();
}

/** Parses one file's front matter against a schema; the body is dropped (it is read again at render time). */
export function parseFrontMatter<T>(
  text: string,
  schema: z.ZodType<T>,
): { ok: true; data: T } | { ok: false; message: string } {
  const read = readFrontMatter(text);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.map(
    (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
  );
  return { ok: false, message: `invalid front matter: ${issues.join("; ")}` };
}

/** A file parsed by an earlier build, reused while its size and modification time are unchanged. */
export interface CachedFrontMatter {
  mtimeMs: number;
  size: number;
  data: unknown;
  contentHash: string;
}

/**
 * Parsed front matter by file path relative to the content folder (see {@link loadArchive}'s
 * `cacheFile`), so a content folder moved or restored elsewhere (a CI runner) keeps its cache.
 */
export type FrontMatterCache = Map<string, CachedFrontMatter>;

function loadFiles<T>(
  contentDir: string,
  files: readonly string[],
  schema: z.ZodType<T>,
  problems: LoadProblem[],
  previous: FrontMatterCache,
  next: FrontMatterCache,
): { file: string; data: T; contentHash: string }[] {
  const loaded: { file: string; data: T; contentHash: string }[] = [];
  for (const file of files) {
    // Small files: synchronous reads cost far less than promise-based open/stat/read/close.
    const { mtimeMs, size } = statSync(file);
    const key = path.relative(contentDir, file);
    const cached = previous.get(key);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) {
      const parsed = schema.safeParse(cached.data);
      if (parsed.success) {
        loaded.push({ file, data: parsed.data, contentHash: cached.contentHash });
        next.set(key, cached);
        continue;
      }
    }
    const text = readFileSync(file, "utf8");
    const result = parseFrontMatter(text, schema);
    if (!result.ok) {
      problems.push({ file, message: result.message });
      continue;
    }
    const contentHash = createHash("sha1").update(text).digest("hex");
    loaded.push({ file, data: result.data, contentHash });
    next.set(key, { mtimeMs, size, data: result.data, contentHash });
  }
  return loaded;
}

// Bump when the front-matter reader changes what it accepts, so no file is trusted from a cache
// an older reader wrote (version 2: YAML only, dates kept as written; version 3: keyed by the
// path relative to the content folder; version 4: characters xmlSafeText drops are removed).
const CACHE_VERSION = 4;

// The cache is some 100 MB at 100k articles: the synchronous calls decode and encode its UTF-8
// in one native step, where the promise-based ones go through a string decoder and a Buffer copy.
function readCache(cacheFile: string | undefined): FrontMatterCache {
  if (!cacheFile) return new Map();
  try {
    const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      version?: number;
      files?: Record<string, CachedFrontMatter>;
    };
    return cache.version === CACHE_VERSION && cache.files
      ? new Map(Object.entries(cache.files))
      : new Map();
  } catch {
    return new Map();
  }
}

function writeCache(cacheFile: string, cache: FrontMatterCache): void {
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ version: CACHE_VERSION, files: Object.fromEntries(cache) }));
  renameSync(temp, cacheFile);
}

/** Whether a run's cache holds exactly the entries it read (unchanged files keep the very objects). */
function sameCache(previous: FrontMatterCache, next: FrontMatterCache): boolean {
  if (previous.size !== next.size) return false;
  for (const [file, entry] of next) if (previous.get(file) !== entry) return false;
  return true;
}

/**
 * Reads the front matter of every article and headline under a content folder, skipping (and
 * reporting) files that fail the schema or repeat an id. Article bodies are not kept. With a
 * `cacheFile`, files unchanged since the last run (same size and mtime) are not parsed again.
 */
export async function loadArchive(
  contentDir: string,
  options: {
    cacheFile?: string | undefined;
    /** Skip the headlines (none are returned; their cache entries are kept as they were). */
    articlesOnly?: boolean;
  } = {},
): Promise<LoadedArchive> {
  const problems: LoadProblem[] = [];
  const previous = readCache(options.cacheFile);
  const next: FrontMatterCache = new Map();
  const articleFiles = await listMarkdownFiles(path.join(contentDir, "articles"));
  const headlineFiles = options.articlesOnly
    ? []
    : await listMarkdownFiles(path.join(contentDir, "headlines"));
  if (options.articlesOnly) {
    const headlinesDir = "headlines" + path.sep;
    for (const [file, entry] of previous) if (file.startsWith(headlinesDir)) next.set(file, entry);
  }

  const articles: ArticleSource[] = [];
  const seenIds = new Map<string, string>();
  for (const { file, data, contentHash } of loadFiles(
    contentDir,
    articleFiles,
    articleFrontMatterSchema,
    problems,
    previous,
    next,
  )) {
    const first = seenIds.get(data.id);
    if (first !== undefined) {
      problems.push({ file, message: `duplicate id ${data.id} (also in ${first})` });
      continue;
    }
    seenIds.set(data.id, file);
    articles.push({ frontMatter: data, file, contentHash });
  }
  const headlines: HeadlineFrontMatter[] = loadFiles(
    contentDir,
    headlineFiles,
    headlineFrontMatterSchema,
    problems,
    previous,
    next,
  ).map((h) => h.data);
  // A run that parsed nothing and lost no file leaves the cache as it was (100 MB at 100k).
  if (options.cacheFile && !sameCache(previous, next)) writeCache(options.cacheFile, next);
  return { articles, headlines, problems };
}
