// Ranking on a real sharded index built from model records: headlines never crowd articles out,
// the reader's exact word outranks a folded or prefix-stripped form, and a bare prefix letter is
// never stripped down to another word (كتاب is no تاب).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildShardedSearchIndex,
  SHARD_FILTER,
  type SearchShardsManifest,
} from "../../src/search/buildShardedSearchIndex.ts";
import { bundleBucketFetcher, routeQuery } from "../../src/search/chooseQueryShards.ts";
import { searchArchive, searchArchiveGroups } from "../../src/search/searchArchive.ts";
import type { SearchEntry } from "../../src/search/searchEntry.ts";
import type { SearchRecord } from "../../src/search/searchRecord.ts";
import { readFile } from "node:fs/promises";
import { loadShardedPagefind, type PagefindModule } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

const FILLER =
  "قال المتحدث في مؤتمر صحفي إن الاجتماع بحث سبل التعاون في مجالات الاقتصاد والتعليم والصحة " +
  "وأكد أن اللجنة ستواصل عملها خلال الأسابيع المقبلة لمتابعة تنفيذ ما اتفق عليه الطرفان";

function article(id: string, date: string, title: string, sentence: string): SearchRecord {
  const bodyText = `${FILLER}. ${sentence}. ${FILLER}.`;
  return {
    url: `/articles/${date.slice(0, 4)}/${date.slice(5, 7)}/${id}/`,
    kind: "article",
    title,
    bodyHtml: `<p>${bodyText}</p>`,
    bodyText,
    newspaper: "الحياة",
    date,
  };
}

function headline(key: string, date: string, text: string): SearchRecord {
  return {
    url: `/headlines/#h-${key}`,
    kind: "headline",
    title: text,
    bodyHtml: "",
    bodyText: "",
    date,
  };
}

const records: SearchRecord[] = [
  // One article says «والحكومة» in its body; a dozen ticker headlines of the scrape day say «الحكومة».
  article("gov", "2019-03-02", "اجتماع لبحث الموازنة", "ودعا النواب والحكومة إلى مراجعة البنود"),
  ...Array.from({ length: 12 }, (_, index) =>
    headline(`g${index}`, "2025-04-20", `الحكومة تقر خطة رقم ${index + 1} للنقل`),
  ),
  // The exact form, the same word only through prefix stripping, and a junk stem.
  article("exact", "2008-05-01", "بحث علمي جديد", "وقد نشر فالباحثان نتائج الدراسة"),
  article("stem", "2012-07-09", "تقرير الجامعة", "وأشار الباحثان إلى نتائج الدراسة"),
  article("book", "2015-01-01", "معرض الكتاب", "صدر كتاب جديد عن تاريخ المدينة"),
  // Two invented words, each in a page of its own, and a page holding only words Pagefind's
  // stemmer would widen them to (لهيني → لهيفان, فتاب → تاب → التابعة), all in one shard.
  article("name", "2010-01-04", "زيارة", "والتقى محمد اللهيني عددا من الأهالي"),
  article("place", "2010-01-05", "جولة", "وفي بلدة الفتاب افتتح مشروع"),
  article("other", "2010-01-06", "تقرير", "وقال لهيفان إن الشركة التابعة للوزارة"),
  // A planted old story with a rare name and place, among newer articles about other things.
  article("story", "2006-02-11", "حادث في الطريق", "وأصيب سليمان الزرقاوي في قرية عين الدبوس"),
  ...Array.from({ length: 20 }, (_, index) =>
    article(
      `n${index}`,
      `202${index % 5}-0${(index % 9) + 1}-10`,
      "أخبار محلية",
      "الطريق إلى القرية",
    ),
  ),
];

let workDir: string;
let server: ServedDirectory;
let pagefind: PagefindModule;
let shardOrder: { shards: SearchShardsManifest["shards"]; shardFilter: string };
let manifest: SearchShardsManifest;

async function urls(results: { data(): Promise<{ url: string }> }[]): Promise<string[]> {
  return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "search-ranking-"));
  const entries: SearchEntry[] = records.map((record) => ({
    id: record.url,
    kind: record.kind,
    date: record.date,
    signature: record.title,
    load: () => record,
  }));
  const bundleDir = path.join(workDir, "pagefind");
  await buildShardedSearchIndex({ bundleDir, entries, maxPerShard: 8 });
  server = await serveDirectory(workDir);
  pagefind = await loadShardedPagefind(bundleDir, `${server.origin}/pagefind/`);
  manifest = JSON.parse(
    await readFile(path.join(bundleDir, "shards.json"), "utf8"),
  ) as SearchShardsManifest;
  shardOrder = { shards: manifest.shards, shardFilter: SHARD_FILTER };
});

afterAll(async () => {
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("ranking over the whole archive", () => {
  it("keeps the one article that says «والحكومة» on the first screen beside twelve «الحكومة» headlines", async () => {
    const { articles, headlines } = await searchArchiveGroups(
      pagefind,
      { query: "الحكومة" },
      shardOrder,
    );
    expect((await urls(articles)).slice(0, 10)).toContain("/articles/2019/03/gov/");
    expect(headlines).toHaveLength(12);
  });

  it("ranks the page with the exact «فالباحثان» above the one that says «الباحثان»", async () => {
    const found = await urls(await searchArchive(pagefind, { query: "فالباحثان" }, shardOrder));
    expect(found.slice(0, 2)).toEqual(["/articles/2008/05/exact/", "/articles/2012/07/stem/"]);
  });

  it("does not find كتاب when searching تاب", async () => {
    // التابعة (ال + تابعة) begins with تاب; كتاب does not.
    const found = await urls(await searchArchive(pagefind, { query: "تاب" }, shardOrder));
    expect(found).toContain("/articles/2010/01/other/");
    expect(found).not.toContain("/articles/2015/01/book/");
    expect(await urls(await searchArchive(pagefind, { query: "كتاب" }, shardOrder))).toEqual([
      "/articles/2015/01/book/",
    ]);
  });

  it("finds nothing for two invented words that Pagefind's own stemming would widen to another page", async () => {
    const query = "اللهيني الفتاب";
    const routing = manifest.routing;
    if (!routing) throw new Error("the bundle has no term directory");
    const fetchBucket = bundleBucketFetcher(`${server.origin}/pagefind/`, routing);
    const routed = await routeQuery(query, routing.buckets, fetchBucket);
    const found = (wordForms?: ReadonlyMap<string, readonly string[]>) =>
      searchArchive(pagefind, { query, wordForms }, shardOrder).then(urls);
    // Without the directory's forms, Pagefind's matching takes «لهيفان … التابعة» for both words.
    expect(await found()).toEqual(["/articles/2010/01/other/"]);
    expect(await found(routed?.wordForms)).toEqual([]);
    // Each word alone still finds its own page.
    for (const [word, page] of [
      ["اللهيني", "/articles/2010/01/name/"],
      ["الفتاب", "/articles/2010/01/place/"],
    ] as const) {
      const forms = (await routeQuery(word, routing.buckets, fetchBucket))?.wordForms;
      expect(
        await urls(await searchArchive(pagefind, { query: word, wordForms: forms }, shardOrder)),
      ).toEqual([page]);
    }
  });

  it("puts a planted 2006 story first for its rare name and place", async () => {
    const { articles } = await searchArchiveGroups(
      pagefind,
      { query: "الزرقاوي عين الدبوس" },
      shardOrder,
    );
    expect((await urls(articles))[0]).toBe("/articles/2006/02/story/");
  });

  it("searches the written form only when there are two results or more for it to reorder", async () => {
    // The exact-form search costs a rare name one more index chunk (its written form's) and can
    // only reorder results: a query with one result never runs it, one with two does.
    const searched: string[] = [];
    const recording: typeof pagefind = {
      ...pagefind,
      search: (term, options) => {
        searched.push(term ?? "");
        return pagefind.search(term, options);
      },
    };
    const story = await searchArchive(recording, { query: "الزرقاوي الدبوس" }, shardOrder);
    expect(await urls(story)).toEqual(["/articles/2006/02/story/"]);
    expect(searched).not.toContain("الزرقاوي الدبوس");
    searched.length = 0;
    const two = await urls(await searchArchive(recording, { query: "فالباحثان" }, shardOrder));
    expect(two.slice(0, 2)).toEqual(["/articles/2008/05/exact/", "/articles/2012/07/stem/"]);
    expect(searched).toContain("فالباحثان");
  });

  it("shows the original text of a result, without the added search terms", async () => {
    const [result] = await searchArchive(pagefind, { query: "والحكومة" }, shardOrder);
    const data = (await result?.data()) as { content: string } | undefined;
    expect(data?.content).toContain("ودعا النواب والحكومة");
    expect(data?.content).not.toContain("حكومه");
  });
});
