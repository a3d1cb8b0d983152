import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContentFolder, ContentFolderError } from "../../src/build/checkContentFolder.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "content-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, "content-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe("checkContentFolder", () => {
  it("accepts a content folder whose only article lies three folders deep", async () => {
    const dir = contentWith({ "articles/2017/10/a1b2c3d4e5f6.md": "---\nid: a1b2c3d4e5f6\n---\n" });
    await expect(checkContentFolder(dir, false)).resolves.toBeUndefined();
  });

  it("says a content path that is a file is not a folder (not that it was not found)", async () => {
    const file = path.join(scratch, "content.md");
    writeFileSync(file, "---\n---\n");
    await expect(checkContentFolder(file, false)).rejects.toThrow(
      `content folder ${file} is a file, not a folder; check --content.`,
    );
  });

  it("refuses articles folders that hold no Markdown at any depth, naming the folder", async () => {
    const dir = contentWith({ "articles/2017/10/notes.txt": "x", "headlines/h.md": "---\n---\n" });
    const check = checkContentFolder(dir, false);
    await expect(check).rejects.toBeInstanceOf(ContentFolderError);
    await expect(check).rejects.toThrow(`no articles in ${path.join(dir, "articles")}`);
    await expect(checkContentFolder(contentWith({ "other.md": "" }), false)).rejects.toThrow(
      "no articles in",
    );
  });
});
