import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/** A problem with the parts of an archive that the user can fix (its message is the one line shown). */
export class PartsError extends Error {}

/** The file a part build leaves in its folder for `news-archive merge`. */
export const PART_MANIFEST_FILE = "part.json";

/** What `news-archive merge` needs to know about one part's folder. */
export const partManifestSchema = z.strictObject({
  version: z.literal(1),
  /** Which part this is, counted from 1. */
  part: z
    .strictObject({ number: z.int().positive(), count: z.int().positive() })
    .refine((part) => part.number <= part.count, "part number must not exceed the count"),
  /** The archive's fingerprint (see SiteRenderPlan): every part and the merge must agree on it. */
  fingerprint: z.string().min(1),
  /** Pages this part rendered. */
  pages: z.int().nonnegative(),
});

/** One part's manifest (see partManifestSchema). */
export type PartManifest = z.infer<typeof partManifestSchema>;

/** Writes a part's manifest into its folder. */
export async function writePartManifest(partDir: string, manifest: PartManifest): Promise<void> {
  await writeFile(path.join(partDir, PART_MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
}

/** Reads and checks a part folder's manifest; throws one line naming the folder and the problem. */
export async function readPartManifest(partDir: string): Promise<PartManifest> {
  const file = path.join(partDir, PART_MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PartsError(
      code === "ENOENT"
        ? `${partDir} is not a part folder: it has no ${PART_MANIFEST_FILE} (build it with --part)`
        : `${file}: ${(error as Error).message}`,
    );
  }
  const parsed = partManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new PartsError(`${file}: ${z.prettifyError(parsed.error).replace(/\n\s*/g, " ")}`);
  return parsed.data;
}

/**
 * Checks that the manifests are parts 1…n of one archive, each once, all with the fingerprint
 * `expected`; returns them in part order, or throws one line naming the problem.
 */
export function checkPartSet(
  manifests: readonly { dir: string; manifest: PartManifest }[],
  expected?: string,
): { dir: string; manifest: PartManifest }[] {
  const count = manifests[0]?.manifest.part.count;
  if (count === undefined) throw new PartsError("merge needs at least one part folder");
  const byNumber = new Map<number, { dir: string; manifest: PartManifest }>();
  for (const entry of manifests) {
    const { number, count: its } = entry.manifest.part;
    if (its !== count)
      throw new PartsError(
        `${entry.dir} is part ${number}/${its}, but the others are parts of ${count}`,
      );
    const twin = byNumber.get(number);
    if (twin) throw new PartsError(`${twin.dir} and ${entry.dir} are both part ${number}/${count}`);
    byNumber.set(number, entry);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
  if (missing.length > 0)
    throw new PartsError(`missing part(s) ${missing.map((n) => `${n}/${count}`).join(", ")}`);
  const ordered = [...byNumber.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
  const stale = expected
    ? ordered.find((entry) => entry.manifest.fingerprint !== expected)
    : undefined;
  if (stale)
    throw new PartsError(
      `${stale.dir} (part ${stale.manifest.part.number}/${count}) was built from other content, ` +
        `code or settings than this merge: build it again`,
    );
  return ordered;
}
