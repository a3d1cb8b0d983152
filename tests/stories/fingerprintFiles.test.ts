import { describe, expect, it } from "vitest";
import { listMarkdownFiles } from "../../src/site/loadArchive.ts";
import { fingerprintFiles } from "../../src/stories/fingerprintFiles.ts";
import { storySettings } from "../../src/stories/storySettings.ts";

describe("fingerprintFiles", () => {
  it("gives in two worker threads exactly the fingerprints computed in this thread, in input order", async () => {
    const files = await listMarkdownFiles("tests/fixtures/stories/content/articles");
    const inputs = files.map((file, i) => ({ file, title: `عنوان ${i}` }));
    const here = await fingerprintFiles(inputs, storySettings.minhash, 1);
    const threaded = await fingerprintFiles(inputs, storySettings.minhash, 2, 1);
    expect(threaded).toEqual(here);
    expect(here).toHaveLength(files.length);
    // Every text differs except the reprint, which repeats the seed article word for word.
    expect(new Set(here.map((f) => f.signature.join())).size).toBe(files.length - 1);
  });
});
