import { describe, expect, it } from "vitest";
import { listMarkdownFiles } from "../../src/site/loadArchive.ts";
import { fingerprintFiles } from "../../src/stories/fingerprintFiles.ts";
import { storySettings } from "../../src/stories/storySettings.ts";

describe("fingerprintFiles", () => {
  it("gives in two worker threads exactly the front matter and fingerprints computed in this thread, in input order", async () => {
    const files = await listMarkdownFiles("tests/fixtures/stories/content/articles");
    const inputs = files.map((file) => ({ file }));
    const here = await fingerprintFiles(inputs, storySettings.minhash, 1);
    const threaded = await fingerprintFiles(inputs, storySettings.minhash, 2, new Set(), 1);
    expect(threaded).toEqual(here);
    expect(here.prints).toHaveLength(files.length);
    expect(here.articles.map((a) => a?.id)).toEqual(
      files.map((file) => file.replace(/^.*\/(\w+)\.md$/, "$1")),
    );
    // Every text differs except the reprint, which repeats the seed article word for word.
    expect(new Set(here.prints.map((f) => f?.signature.join())).size).toBe(files.length - 1);
  });

  it("reads but does not fingerprint a file whose id and hash are known", async () => {
    const files = await listMarkdownFiles("tests/fixtures/stories/content/articles");
    const inputs = files.map((file) => ({ file }));
    const all = await fingerprintFiles(inputs, storySettings.minhash, 1);
    const first = all.articles[0];
    const known = new Set([`${first?.id} ${first?.contentHash}`]);
    const again = await fingerprintFiles(inputs, storySettings.minhash, 1, known);
    expect(again.articles).toEqual(all.articles);
    expect(again.prints[0]).toBeUndefined();
    expect(again.prints.slice(1)).toEqual(all.prints.slice(1));
  });
});
