import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listSiteFiles } from "../../src/checks/listSiteFiles.ts";

describe("listSiteFiles", () => {
  it("lists every file at any depth as a sorted slash path relative to the site, without folders or links", async () => {
    const site = await mkdtemp(path.join(tmpdir(), "list-site-files-"));
    for (const file of [
      "index.html",
      "articles/2009/01/02/مقال.html",
      "articles/2009/index.html",
      "pagefind/shards/a-1/fragment/ar_17db737.pf_fragment",
      "_headers",
      "Z.txt",
    ]) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), file);
    }
    await mkdir(path.join(site, "empty/inner"), { recursive: true });
    await symlink(path.join(site, "articles"), path.join(site, "linked"));
    expect(await listSiteFiles(site)).toEqual([
      "Z.txt",
      "_headers",
      "articles/2009/01/02/مقال.html",
      "articles/2009/index.html",
      "index.html",
      "pagefind/shards/a-1/fragment/ar_17db737.pf_fragment",
    ]);
  });
});
