// The bundled sample is machine-generated text under real newspaper names: a build of it says so
// on every page except the one real page; a build of real content says nothing of the kind.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteForTest, fixtureContentDir, ingestSampleForTest } from "../helpers/builtSite.ts";

const seedFile = "000_5ebd30b5ed3883ee.txt";
const notice = 'class="sample-notice"';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html"))
    .sort();
}

/** The id of the article ingested from the real seed page (its front matter names the input file). */
function seedArticleId(contentDir: string): string | undefined {
  for (const file of readdirSync(join(contentDir, "articles"), { recursive: true }).map(String)) {
    if (!file.endsWith(".md")) continue;
    const text = readFileSync(join(contentDir, "articles", file), "utf8");
    if (text.includes(`scrapedFrom: ${seedFile}`) || text.includes(`scrapedFrom: "${seedFile}"`))
      return /^id: "?([0-9a-f]{12})"?$/m.exec(text)?.[1];
  }
  return undefined;
}

const sample = ingestSampleForTest();
const sampleSite = sample.ok ? buildSiteForTest({ contentDir: sample.dir }) : sample;
const realSite = buildSiteForTest({ contentDir: fixtureContentDir });
afterAll(() => {
  if (sample.ok) rmSync(sample.dir, { recursive: true, force: true });
  if (sampleSite.ok) sampleSite.remove();
  if (realSite.ok) realSite.remove();
});

describe("a build of the bundled sample", () => {
  it("shows the generated-content notice on every page except the real seed article's", () => {
    if (!sample.ok || !sampleSite.ok) throw new Error(sampleSite.ok ? "" : sampleSite.reason);
    const seedId = seedArticleId(sample.dir);
    expect(seedId).toMatch(/^[0-9a-f]{12}$/);
    const withoutNotice = htmlFiles(sampleSite.dir).filter(
      (file) => !readFileSync(join(sampleSite.dir, file), "utf8").includes(notice),
    );
    expect(withoutNotice).toEqual([`articles/2017/10/${seedId}/index.html`]);
  });

  it("says on a generated article's page that its text was generated, and on the About page how many are", () => {
    if (!sampleSite.ok) throw new Error(sampleSite.reason);
    const generated = htmlFiles(sampleSite.dir).find(
      (file) => file.startsWith("articles/20") && !file.startsWith("articles/2017/10/"),
    )!;
    expect(readFileSync(join(sampleSite.dir, generated), "utf8")).toContain(
      "نص هذا المقال مولَّد آليًّا",
    );
    const about = readFileSync(join(sampleSite.dir, "about/index.html"), "utf8");
    expect(about).toMatch(/\d+ مقال\S* من \d+ مقال\S* في هذه النسخة نصوص ولّدها برنامج/);
    expect(about).not.toContain("حُفظ نص كل مقال كما ورد، دون تعديل");
  });
});

describe("a build of real content (no article declared generated)", () => {
  it("shows no notice anywhere and says on the About page that texts are kept as published", () => {
    if (!realSite.ok) throw new Error(realSite.reason);
    const files = htmlFiles(realSite.dir);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      expect(readFileSync(join(realSite.dir, file), "utf8"), file).not.toContain(notice);
    expect(readFileSync(join(realSite.dir, "about/index.html"), "utf8")).toContain(
      "حُفظ نص كل مقال كما ورد، دون تعديل",
    );
  });
});
