import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import {
  articleFrontMatterSchema,
  headlineFrontMatterSchema,
  type HeadlineFrontMatter,
} from "../archive/articleFrontMatter.ts";
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

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const readConcurrency = 64;

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

/** YAML turns unquoted dates into Date objects; the schema wants the ISO strings the writer meant. */
function undoYamlDates(data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    result[key] =
      value instanceof Date
        ? key === "date"
          ? value.toISOString().slice(0, 10)
          : value.toISOString()
        : value;
  }
  return result;
}

/** Parses one file's front matter against a schema; the body is dropped (it is read again at render time). */
export function parseFrontMatter<T>(
  text: string,
  schema: z.ZodType<T>,
): { ok: true; data: T } | { ok: false; message: string } {
  let data: Record<string, unknown>;
  try {
    // Passing options turns off gray-matter's cache, which would otherwise keep every file in memory.
    data = matter(text, {}).data as Record<string, unknown>;
  } catch (error) {
    return { ok: false, message: `unreadable front matter: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(undoYamlDates(data));
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.map(
    (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
  );
  return { ok: false, message: `invalid front matter: ${issues.join("; ")}` };
}

async function loadFiles<T>(
  files: readonly string[],
  schema: z.ZodType<T>,
  problems: LoadProblem[],
): Promise<{ file: string; data: T; contentHash: string }[]> {
  const loaded: { file: string; data: T; contentHash: string }[] = [];
  for (let start = 0; start < files.length; start += readConcurrency) {
    const batch = files.slice(start, start + readConcurrency);
    const texts = await Promise.all(batch.map((file) => readFile(file, "utf8")));
    texts.forEach((text, index) => {
      const file = batch[index] ?? "";
      const result = parseFrontMatter(text, schema);
      if (result.ok) {
        loaded.push({
          file,
          data: result.data,
          contentHash: createHash("sha1").update(text).digest("hex"),
        });
      } else problems.push({ file, message: result.message });
    });
  }
  return loaded;
}

/**
 * Reads the front matter of every article and headline under a content folder, skipping (and
 * reporting) files that fail the schema or repeat an id. Article bodies are not kept.
 */
export async function loadArchive(contentDir: string): Promise<LoadedArchive> {
  const problems: LoadProblem[] = [];
  const articleFiles = await listMarkdownFiles(path.join(contentDir, "articles"));
  const headlineFiles = await listMarkdownFiles(path.join(contentDir, "headlines"));

  const articles: ArticleSource[] = [];
  const seenIds = new Map<string, string>();
  for (const { file, data, contentHash } of await loadFiles(
    articleFiles,
    articleFrontMatterSchema,
    problems,
  )) {
    const first = seenIds.get(data.id);
    if (first !== undefined) {
      problems.push({ file, message: `duplicate id ${data.id} (also in ${first})` });
      continue;
    }
    seenIds.set(data.id, file);
    articles.push({ frontMatter: data, file, contentHash });
  }
  const headlines: HeadlineFrontMatter[] = (
    await loadFiles(headlineFiles, headlineFrontMatterSchema, problems)
  ).map((h) => h.data);
  return { articles, headlines, problems };
}
