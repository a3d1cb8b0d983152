import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/archive/readFrontMatter.ts";
import { writeCorpus } from "../../src/corpus/writeCorpus.ts";
import { runIngest } from "../../src/ingest/runIngest.ts";
import { compareWithYaml } from "./canonicalFrontMatterAgreement.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "canonical-front-matter-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The front-matter blocks of every Markdown file under a folder, by path. */
function frontMatterBlocks(dir: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const file = join(entry.parentPath, entry.name);
    const parts = splitFrontMatter(readFileSync(file, "utf8"));
    if (parts && parts.language === "") blocks.set(file, parts.matter);
  }
  return blocks;
}

/** Files the hand reader read differently from `yaml`, and the share of files it read at all. */
function agreementOver(blocks: Map<string, string>): { disagreeing: string[]; readShare: number } {
  const disagreeing: string[] = [];
  let read = 0;
  for (const [file, matter] of blocks) {
    const agreement = compareWithYaml(matter);
    if (agreement.outcome === "declined") continue;
    read++;
    if (!agreement.agrees) disagreeing.push(file);
  }
  return { disagreeing, readShare: read / blocks.size };
}

let sample: Map<string, string>;
let generated: Map<string, string>;

beforeAll(async () => {
  const sampleContent = join(work, "sample");
  await runIngest({
    inputDir: join(repoRoot, "content/raw"),
    contentDir: sampleContent,
    manifestPath: join(repoRoot, "content/manifest.jsonl"),
    workers: 0,
  });
  sample = frontMatterBlocks(sampleContent);
  const raw = join(work, "raw");
  const manifestPath = join(work, "manifest.jsonl");
  writeCorpus({ pages: 2_000, seed: 29, outDir: raw, manifestPath });
  const generatedContent = join(work, "generated");
  await runIngest({ inputDir: raw, contentDir: generatedContent, manifestPath, workers: 0 });
  generated = frontMatterBlocks(generatedContent);
}, 240_000);

describe("the hand front-matter reader on real content", () => {
  it("reads every fixture content file as yaml does, or leaves it to yaml", () => {
    const fixtures = frontMatterBlocks(join(repoRoot, "tests/fixtures"));
    expect(fixtures.size).toBeGreaterThan(40);
    expect(agreementOver(fixtures).disagreeing).toEqual([]);
  });

  it("reads every article and headline of the ingested sample, exactly as yaml does", () => {
    expect(sample.size).toBeGreaterThan(150);
    expect(agreementOver(sample)).toEqual({ disagreeing: [], readShare: 1 });
  });

  it("reads at least 99% of a generated corpus's ingest output, exactly as yaml does", () => {
    expect(generated.size).toBeGreaterThan(2_000);
    const { disagreeing, readShare } = agreementOver(generated);
    expect(disagreeing).toEqual([]);
    expect(readShare).toBeGreaterThanOrEqual(0.99);
  });
});
