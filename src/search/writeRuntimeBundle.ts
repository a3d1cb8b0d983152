/**
 * The search bundle's runtime: a Pagefind bundle of one record that no query can match, opened as
 * the primary of every Pagefind instance the search page creates. A primary loads `pagefind.js`
 * and the wasm from its own folder; with this one folder as every instance's primary, a page
 * downloads them once for its whole life, and each shard a query needs is joined by `mergeIndex`
 * (which loads no wasm) whichever shards earlier queries opened.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { failOnPagefindErrors, type PagefindService } from "./pagefindServices.ts";

/** Folder of the runtime bundle inside the search bundle. */
export const RUNTIME_BUNDLE = "runtime/";

/**
 * The record's only word: Pagefind indexes `_` as a word (`include_characters`), and a search
 * query never holds one (normalizeArabic turns it into a space), so the runtime never gives a
 * result. A record with no word at all would leave Pagefind without a language index to load.
 */
const UNMATCHABLE_CONTENT = "_";

/** What a primary loads (the entry, its meta, index and fragment chunks, the script, the wasm). */
const RUNTIME_FILES =
  /^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.ar\.pagefind|index|fragment)$/;

/**
 * Writes `<bundleDir>/runtime/` afresh: the same bytes for the same Pagefind version, so an
 * incremental build leaves it as a clean one writes it. Returns its path relative to `bundleDir`.
 * @example await writeRuntimeBundle("_site/pagefind", service) // "runtime/"
 */
export async function writeRuntimeBundle(
  bundleDir: string,
  service: PagefindService,
): Promise<string> {
  const outputPath = path.join(bundleDir, RUNTIME_BUNDLE);
  const created = await service.createIndex({ forceLanguage: "ar" });
  failOnPagefindErrors(created.errors, "create the runtime bundle");
  const index = created.index;
  if (!index) throw new Error("Pagefind returned no index for the runtime bundle");
  try {
    const added = await index.addCustomRecord({
      url: "/",
      content: UNMATCHABLE_CONTENT,
      language: "ar",
    });
    failOnPagefindErrors(added.errors, "index the runtime bundle's record");
    await rm(outputPath, { recursive: true, force: true });
    failOnPagefindErrors((await index.writeFiles({ outputPath })).errors, `write ${outputPath}`);
  } finally {
    await index.deleteIndex();
  }
  for (const name of await readdir(outputPath)) {
    if (!RUNTIME_FILES.test(name)) await rm(path.join(outputPath, name), { recursive: true });
  }
  return RUNTIME_BUNDLE;
}
