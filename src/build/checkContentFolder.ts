import { stat } from "node:fs/promises";
import path from "node:path";
import { countArticleFiles } from "./renderShards.ts";

/** A content folder that would build an empty archive; its message is the one line shown. */
export class ContentFolderError extends Error {}

/**
 * Refuses to build from a content folder that is missing or holds no article, so a typo in
 * `--content` fails loudly instead of deploying an empty archive. `allowEmpty` lets it through.
 */
export async function checkContentFolder(contentDir: string, allowEmpty: boolean): Promise<void> {
  const folder = await stat(contentDir).catch(() => null);
  if (folder === null || !folder.isDirectory()) {
    if (allowEmpty) return;
    throw new ContentFolderError(
      `content folder not found: ${contentDir}; check --content (or run ingest first), or pass --allow-empty to build an empty site.`,
    );
  }
  if (allowEmpty) return;
  if (countArticleFiles(contentDir) === 0) {
    throw new ContentFolderError(
      `no articles in ${path.join(contentDir, "articles")}; check --content (or run ingest first), or pass --allow-empty to build an empty site.`,
    );
  }
}
