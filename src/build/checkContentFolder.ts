import { opendirSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

/** A content folder that would build an empty archive; its message is the one line shown. */
export class ContentFolderError extends Error {}

/** Whether a folder holds a `.md` file at any depth; stops at the first (a 100k archive has 100k). */
function holdsMarkdown(dir: string): boolean {
  let handle;
  try {
    handle = opendirSync(dir);
  } catch {
    return false;
  }
  try {
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
      if (entry.isFile() && entry.name.endsWith(".md")) return true;
      if (entry.isDirectory() && holdsMarkdown(path.join(dir, entry.name))) return true;
    }
    return false;
  } finally {
    handle.closeSync();
  }
}

/**
 * Refuses to build from a content folder that is missing or holds no article, so a typo in
 * `--content` fails loudly instead of deploying an empty archive. `allowEmpty` lets it through.
 */
export async function checkContentFolder(contentDir: string, allowEmpty: boolean): Promise<void> {
  const folder = await stat(contentDir).catch(() => null);
  if (folder !== null && !folder.isDirectory())
    throw new ContentFolderError(
      `content folder ${contentDir} is a file, not a folder; check --content.`,
    );
  if (folder === null) {
    if (allowEmpty) return;
    throw new ContentFolderError(
      `content folder not found: ${contentDir}; check --content (or run ingest first), or pass --allow-empty to build an empty site.`,
    );
  }
  if (allowEmpty) return;
  if (!holdsMarkdown(path.join(contentDir, "articles"))) {
    throw new ContentFolderError(
      `no articles in ${path.join(contentDir, "articles")}; check --content (or run ingest first), or pass --allow-empty to build an empty site.`,
    );
  }
}
