import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_PAGE, writeCorpus } from "../../src/corpus/writeCorpus.ts";

const work = mkdtempSync(join(tmpdir(), "corpus-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const repoRoot = new URL("../../", import.meta.url);
const sampleDir = new URL("content/raw/", repoRoot);
// Two syndicated copies of the seed page were written by hand for the story-cluster pages
// (content/raw/000_syndicated_*); every other sample page comes from the generator.
const HAND_MADE_COPY = /000_syndicated_[a-z]+_\d+\.txt/;
const isGeneratorPage = (file: string) => !HAND_MADE_COPY.test(file);

describe("writeCorpus", () => {
  it("writes the same bytes on a second run and a manifest line per file", () => {
    const first = join(work, "a");
    const second = join(work, "b");
    writeCorpus({ pages: 40, seed: 3, outDir: first, manifestPath: join(work, "a.jsonl") });
    writeCorpus({ pages: 40, seed: 3, outDir: second, manifestPath: join(work, "b.jsonl") });
    const files = readdirSync(first).sort();
    expect(readdirSync(second).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file)))).toBe(true);
    }
    const manifest = readFileSync(join(work, "a.jsonl"), "utf8");
    expect(readFileSync(join(work, "b.jsonl"), "utf8")).toBe(manifest);
    const listed = manifest
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { file: string }).file);
    expect(listed.sort()).toEqual(files);
  });

  it("refuses to write into a folder that already holds files unless asked to clean it", () => {
    const dir = join(work, "busy");
    writeCorpus({ pages: 2, seed: 1, outDir: dir });
    writeFileSync(join(dir, "keep.txt"), "x");
    expect(() => writeCorpus({ pages: 2, seed: 1, outDir: dir })).toThrow(/not empty/);
    writeCorpus({ pages: 2, seed: 1, outDir: dir, clean: true });
    expect(readdirSync(dir)).not.toContain("keep.txt");
  });

  it("extends a corpus with the pages a longer run would have added, appending to its manifest", () => {
    const whole = join(work, "whole");
    const grown = join(work, "grown");
    writeCorpus({ pages: 30, seed: 5, outDir: whole, manifestPath: join(work, "whole.jsonl") });
    writeCorpus({ pages: 20, seed: 5, outDir: grown, manifestPath: join(work, "grown.jsonl") });
    const added = writeCorpus({
      pages: 30,
      seed: 5,
      outDir: grown,
      manifestPath: join(work, "grown.jsonl"),
      fromPage: 20,
    });
    expect(added.pages).toBe(10);
    expect(readdirSync(grown).sort()).toEqual(readdirSync(whole).sort());
    for (const file of readdirSync(whole)) {
      expect(readFileSync(join(grown, file)).equals(readFileSync(join(whole, file)))).toBe(true);
    }
    expect(readFileSync(join(work, "grown.jsonl"), "utf8")).toBe(
      readFileSync(join(work, "whole.jsonl"), "utf8"),
    );
  });

  it("reproduces the bundled sample: the real seed page plus 150 pages of seed 1, besides the hand-made copies of the seed", () => {
    const dir = join(work, "sample");
    const manifestPath = join(work, "sample.jsonl");
    writeCorpus({ pages: 150, seed: 1, outDir: dir, manifestPath, includeSeedPage: true });
    const bundled = readdirSync(sampleDir).filter(isGeneratorPage).sort();
    expect(readdirSync(dir).sort()).toEqual(bundled);
    for (const file of bundled) {
      expect(
        readFileSync(join(dir, file)).equals(readFileSync(new URL(file, sampleDir))),
        file,
      ).toBe(true);
    }
    const bundledManifest = readFileSync(new URL("content/manifest.jsonl", repoRoot), "utf8")
      .split("\n")
      .filter((line) => !HAND_MADE_COPY.test(line))
      .join("\n");
    expect(readFileSync(manifestPath, "utf8")).toBe(bundledManifest);
    expect(readFileSync(new URL(SEED_PAGE.file, sampleDir))).toEqual(
      readFileSync(new URL("src/corpus/seedPage.txt", repoRoot)),
    );
  });
});
