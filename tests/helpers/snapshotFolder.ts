import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every file under a folder (relative path → base64 bytes), sorted by path, for byte-for-byte comparison. */
export async function snapshotFolder(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  );
  const entries = await Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return [path.relative(dir, file), (await readFile(file)).toString("base64")] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
