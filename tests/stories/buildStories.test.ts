import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/site/loadArchive.ts";
import { buildStories } from "../../src/stories/buildStories.ts";
import { readStoryAssignments, storyStateDir } from "../../src/stories/storyAssignments.ts";
import { storySettings, type StorySettings } from "../../src/stories/storySettings.ts";

const fixture = "tests/fixtures/stories/content";
const scratch = mkdtempSync(path.join(tmpdir(), "stories-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A seven-article archive: relatedness needs terms shared by more than 5% of articles.
const settings: StorySettings = {
  ...storySettings,
  related: { ...storySettings.related, maxDocumentShare: 0.5 },
};

function copyFixture(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

const SEED = "articles/2017/10/2c0a0067ccde.md";

/** A day of news: a new copy of the seed story, one article edited, one deleted. */
function applyDayOfNews(dir: string): void {
  const seed = readFileSync(path.join(dir, SEED), "utf8");
  const copy = seed
    .replace("id: 2c0a0067ccde", "id: 0a0b0c0d0e0f")
    .replace('source: "الحياة"', 'source: "الرياض"')
    .replace("date: '2017-10-06'", "date: '2017-10-08'")
    .replace(/\n\n[^\n]+\n$/, "\n");
  writeFileSync(path.join(dir, "articles/2017/10/0a0b0c0d0e0f.md"), copy);
  const edited = path.join(dir, "articles/2017/10/d4e5f6a7b8c9.md");
  writeFileSync(edited, `${readFileSync(edited, "utf8")}\nفقرة أضيفت بعد التحرير.\n`);
  unlinkSync(path.join(dir, "articles/2017/10/f6a7b8c9d0e1.md"));
}

/** Both folders' story result and cache are byte for byte the same. */
function expectSameStoryFiles(a: string, b: string): void {
  for (const file of ["stories.json", "fingerprints.bin"]) {
    const left = readFileSync(path.join(storyStateDir(a), file));
    const right = readFileSync(path.join(storyStateDir(b), file));
    expect(left.equals(right), file).toBe(true);
  }
}

describe("buildStories", () => {
  it("writes the seed article's story with its two edited copies, and related articles from other stories only", async () => {
    const dir = copyFixture("clean");
    const report = await buildStories({ contentDir: dir, settings });
    expect(report).toMatchObject({ articles: 7, fingerprinted: 7, pairs: 3, sharedStories: 1 });
    const assignments = readStoryAssignments(dir);
    const storyOf = (id: string) => assignments.get(id)?.story;
    expect(storyOf("a1b2c3d4e5f6")).toBe("2c0a0067ccde");
    expect(storyOf("b2c3d4e5f6a7")).toBe("2c0a0067ccde");
    for (const [id, { story, related }] of assignments) {
      expect(related.length).toBeLessThanOrEqual(5);
      for (const other of related) expect(storyOf(other), `${id} → ${other}`).not.toBe(story);
    }
    // The reprint six weeks later is another story with the very same text: the closest relative.
    expect(assignments.get("2c0a0067ccde")?.related[0]).toBe("c3d4e5f6a7b8");
  });

  it("gives after a day of news exactly the files of a clean run, fingerprinting only the new and edited articles", async () => {
    const incremental = copyFixture("incremental");
    await buildStories({ contentDir: incremental, settings });
    applyDayOfNews(incremental);
    const report = await buildStories({ contentDir: incremental, settings });
    expect(report.fingerprinted).toBe(2);

    const clean = copyFixture("reference");
    applyDayOfNews(clean);
    await buildStories({ contentDir: clean, settings, clean: true });
    expectSameStoryFiles(incremental, clean);
    expect(readStoryAssignments(incremental).get("0a0b0c0d0e0f")?.story).toBe("2c0a0067ccde");
  });

  it("gives the same files from the articles the site build loaded, fingerprinting only the new and edited ones", async () => {
    const incremental = copyFixture("loaded");
    await buildStories({ contentDir: incremental, settings });
    applyDayOfNews(incremental);
    const { articles } = await loadArchive(incremental);
    const report = await buildStories({ contentDir: incremental, settings, articles });
    expect(report).toMatchObject({ articles: 7, fingerprinted: 2 });

    const clean = copyFixture("loaded-reference");
    applyDayOfNews(clean);
    await buildStories({ contentDir: clean, settings, clean: true });
    expectSameStoryFiles(incremental, clean);
  });

  it("recovers from a damaged cache by fingerprinting every article again, with the same result", async () => {
    const dir = copyFixture("damaged");
    await buildStories({ contentDir: dir, settings });
    const before = readFileSync(path.join(storyStateDir(dir), "stories.json"), "utf8");
    writeFileSync(
      path.join(storyStateDir(dir), "fingerprints.bin"),
      "news-archive stories 1\n{bad",
    );
    const report = await buildStories({ contentDir: dir, settings });
    expect(report.fingerprinted).toBe(7);
    expect(readFileSync(path.join(storyStateDir(dir), "stories.json"), "utf8")).toBe(before);
  });

  it("leaves its cache and result untouched when nothing changed, and rewrites both after a day of news", async () => {
    const dir = copyFixture("untouched");
    await buildStories({ contentDir: dir, settings });
    const files = ["fingerprints.bin", "stories.json"].map((f) => path.join(storyStateDir(dir), f));
    for (const file of files) utimesSync(file, new Date(0), new Date(0));
    const again = await buildStories({ contentDir: dir, settings });
    expect(again.fingerprinted).toBe(0);
    for (const file of files) expect(statSync(file).mtimeMs, file).toBe(0);

    applyDayOfNews(dir);
    await buildStories({ contentDir: dir, settings });
    for (const file of files) expect(statSync(file).mtimeMs, file).toBeGreaterThan(0);
    const clean = copyFixture("untouched-clean");
    applyDayOfNews(clean);
    await buildStories({ contentDir: clean, settings, clean: true });
    expectSameStoryFiles(dir, clean);
  });
});
