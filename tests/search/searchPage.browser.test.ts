import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/checks/launchChromium.ts";
import { buildShardedSearchIndex } from "../../src/search/buildShardedSearchIndex.ts";
import { bundleSearchClient } from "../../src/search/bundleSearchClient.ts";
import { listSiteHtmlFiles } from "./support/siteHtmlFiles.ts";
import type { SearchHeadline } from "../../src/build/searchHeadlines.ts";
import { fixtureSearchEntries } from "./support/fixtureSearchEntries.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

const fixtureDir = path.resolve("tests/fixtures/search");
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** The fixture site, built for a base path: search page, highlighter on articles, index, client. */
async function buildSite(base: string): Promise<string> {
  const siteDir = await mkdtemp(path.join(tmpdir(), "search-browser-"));
  await cp(path.join(fixtureDir, "site"), siteDir, { recursive: true });
  for (const file of listSiteHtmlFiles(siteDir)) {
    const html = await readFile(path.join(siteDir, file), "utf8");
    const script = `<script type="module" src="${base}assets/search-highlight.js"></script>`;
    const icon = `<link rel="icon" href="${base}favicon.ico">`;
    await writeFile(path.join(siteDir, file), html.replace("</head>", `${icon}${script}\n</head>`));
  }
  // Without it the browser's own favicon request logs a 404 console error.
  await writeFile(path.join(siteDir, "favicon.ico"), "");
  const searchPage = await readFile(path.join(fixtureDir, "search-page.html"), "utf8");
  await mkdir(path.join(siteDir, "search"));
  await writeFile(
    path.join(siteDir, "search", "index.html"),
    searchPage.replaceAll("__BASE__", base),
  );
  const headlines = JSON.parse(
    await readFile(path.join(fixtureDir, "headlines.json"), "utf8"),
  ) as SearchHeadline[];
  await buildShardedSearchIndex({
    bundleDir: path.join(siteDir, "pagefind"),
    entries: await fixtureSearchEntries(fixtureDir, headlines, siteDir),
    maxPerShard: 4,
  });
  await bundleSearchClient(path.join(siteDir, "assets"));
  return siteDir;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Names of the index shards a page downloaded anything from, in name order. */
function shardsRequested(requests: readonly string[]): string[] {
  const names = requests.map((url) => /\/pagefind\/shards\/([^/]+)\//.exec(url)?.[1]);
  return [...new Set(names.filter((name) => name !== undefined))].sort();
}

/** Titles of the listed results, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  return page.locator("[data-search-results] h2").allTextContents();
}

/** Console errors, page errors and CSP violations seen by a page. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.text().includes("Content Security Policy")) {
      problems.push(message.text());
    }
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** A new page that records its problems and every URL it requests. */
async function newWatchedPage(): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return { page, problems, requests };
}

/** Words of the fixture and the titles each finds, taking the five shards in turn. */
const WORDS_BY_SHARD: [string, string[]][] = [
  ["الكويت", ["الكويت تقلص وقت الإقامة والصلاة في المساجد توفيراً للكهرباء"]],
  ["داعش", ["«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني"]],
  ["رعدية", ["أمطار رعدية ورياح نشطة على عدة مناطق بالمملكة"]],
  [
    "العلماء",
    [
      "هيئة كبار العلماء تجدد التأكيد على فتوى وجوب استخراج تصريح الحـــج",
      "اكتشاف لأقدم نملة في التاريخ",
    ],
  ],
  ["نملة", ["اكتشاف لأقدم نملة في التاريخ"]],
  ["المنورة", ["أمير المنطقة يدشن مشروعات تنموية بالمدينة المنورة"]],
  ["القهوة", ["القهوة السعودية.. أحدث إصدارات مكتبة الملك عبدالعزيز العامة"]],
  ["مخالف", ["ضبط أكثر من ١٩٫٣ ألف مخالف لأنظمة الإقامة والعمل"]],
  ["الشورى", ["مجلس الشورى يناقش مشروع الموازنة العامة"]],
  ["تلميذ", ["عودة أكثر من ستة ملايين تلميذ وتلميذة إلى المدارس"]],
  ["الروبوتات", ["أمة من الروبوتات"]],
  [
    "برشلونة",
    [
      "برشلونة يعمق جراح ريال مدريد ويتوج بلقب كاس ملك إسبانيا",
      "برشلونة يعمق جراح ريال مدريد ويتوج بلقب كأس ملك إسبانيا",
    ],
  ],
  ["الاقتصاد", ["سنة صعبة على الاقتصاد العالمي"]],
  ["المستشفى", ["المسؤول الأول عن الصحة: لا إصابات جديدة في المستشفى المركزي"]],
  ["الياقوت", ["المياه الوطنية تنفذ مشاريع لخدمة أحياء الياقوت والزمرد واللؤلؤ في جدة"]],
];

/**
 * Keeps every WebAssembly memory the page creates in `window.wasmMemories`, so a test can read
 * how much wasm memory the page holds (Pagefind's indexes live there).
 */
function recordWasmMemories(): void {
  const memories: WebAssembly.Memory[] = [];
  const keep = (instance: WebAssembly.Instance) => {
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) memories.push(value);
    }
  };
  const instantiate = WebAssembly.instantiate.bind(WebAssembly);
  WebAssembly.instantiate = (async (
    source: BufferSource | WebAssembly.Module,
    imports?: WebAssembly.Imports,
  ) => {
    const made = await instantiate(source as BufferSource, imports);
    keep(made instanceof WebAssembly.Instance ? made : made.instance);
    return made;
  }) as typeof WebAssembly.instantiate;
  const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const made = await streaming(source, imports);
    keep(made.instance);
    return made;
  };
  (window as unknown as { wasmMemories: WebAssembly.Memory[] }).wasmMemories = memories;
}

/** The page's WebAssembly memories and their bytes, once the engine has settled. */
async function wasmMemory(page: Page): Promise<{ memories: number; bytes: number }> {
  return page.evaluate(() => {
    const memories = (window as unknown as { wasmMemories: WebAssembly.Memory[] }).wasmMemories;
    return {
      memories: memories.length,
      bytes: memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0),
    };
  });
}

/** Searches for a word from the page's own search box and waits for its results. */
async function searchFromBox(page: Page, word: string): Promise<string[]> {
  await page.fill('input[name="q"]', word);
  await page.press('input[name="q"]', "Enter");
  await page
    .locator("[data-search-status]")
    .filter({ hasText: `«${word}»` })
    .waitFor();
  return resultTitles(page);
}

for (const base of ["/", "/archive/"]) {
  describe(`the search page served under ${base} with a strict CSP`, () => {
    let siteDir: string;
    let server: ServedDirectory;

    beforeAll(async () => {
      siteDir = await buildSite(base);
      server = await serveDirectory(siteDir, base, { "content-security-policy": CSP });
    });

    afterAll(async () => {
      await server?.close();
      if (siteDir) await rm(siteDir, { recursive: true, force: true });
    });

    it("finds والحكومة for حكومة, filters by newspaper and opens the highlighted article", async () => {
      const { page, problems, requests } = await newWatchedPage();

      await page.goto(`${server.origin}${base}search/`);
      await page.locator("[data-search-status]").filter({ hasText: "اكتب" }).waitFor();
      await page.fill('input[name="q"]', "حكومة");
      await page.press('input[name="q"]', "Enter");
      await page.waitForURL(/\?q=/);
      const results = page.locator("[data-search-results] > li");
      await results.first().waitFor();
      expect(await results.locator("h2").allTextContents()).toEqual(
        expect.arrayContaining([
          "مجلس الشورى يناقش مشروع الموازنة العامة",
          "الحكومة اليمنية تحذر موظفي ميناء رأس عيسى من الانخراط في عمليات تفريغ وقود غير قانونية",
        ]),
      );
      expect(await page.locator(".search-result-excerpt mark").allTextContents()).toContain(
        "والحكومة",
      );
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");

      await page.selectOption('select[name="newspaper"]', "الرياض");
      await page.waitForURL(/newspaper=/);
      // The earlier results stay listed until the filtered search has answered.
      await expect
        .poll(() => page.locator("[data-search-results] h2").allTextContents())
        .toEqual(["مجلس الشورى يناقش مشروع الموازنة العامة"]);
      expect(await page.locator(".search-result-meta").first().textContent()).toContain("الرياض");

      await page.locator("[data-search-results] h2 a").first().click();
      await page.waitForURL(new RegExp(`${base}articles/2016/12/a02/\\?highlight=`));
      await page.locator("article mark").first().waitFor();
      expect(await page.locator("article mark").allTextContents()).toEqual(["والحكومة"]);

      expect(problems).toEqual([]);
      expect(requests.every((url) => url.startsWith(server.origin))).toBe(true);
      expect(requests.some((url) => url.endsWith("pagefind-worker.js"))).toBe(false);
      await page.close();
    });

    it("loads only the shard that can hold a rare word, and no other index", async () => {
      const { page, problems, requests } = await newWatchedPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("الكويت")}`);
      await page.locator("[data-search-results] > li").first().waitFor();
      expect(await resultTitles(page)).toEqual([
        "الكويت تقلص وقت الإقامة والصلاة في المساجد توفيراً للكهرباء",
      ]);
      expect(shardsRequested(requests)).toEqual(["2010-2016"]);
      expect(await page.locator("[data-search-status]").textContent()).toBe(
        "نتيجة واحدة لـ «الكويت».",
      );
      expect(await page.locator("[data-search-next]").isHidden()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("ranks a common word over every shard that holds it at once, with no batch to unlock", async () => {
      const { page, problems, requests } = await newWatchedPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("العامة")}`);
      await page.locator("[data-search-results] > li").nth(4).waitFor();
      expect(shardsRequested(requests)).toEqual(["2010-2016", "2017-2020", "2021-2024", "2025"]);
      expect(await page.locator("[data-search-status]").textContent()).toBe("5 نتائج لـ «العامة».");
      expect(await page.locator("[data-search-next]").isHidden()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("ranks only the shards where one page holds every word: the same result, without the other shard's filters", async () => {
      const { page, problems, requests } = await newWatchedPage();
      // أكثر and الإقامة are both in 2017-2020 and in 2025, but only an article of 2025 holds both.
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("أكثر الإقامة")}`);
      await page.locator("[data-search-results] > li").first().waitFor();
      expect(await resultTitles(page)).toEqual([
        "ضبط أكثر من ١٩٫٣ ألف مخالف لأنظمة الإقامة والعمل",
      ]);
      expect(await page.locator("[data-search-status]").textContent()).toBe(
        "نتيجة واحدة لـ «أكثر الإقامة».",
      );
      // 2017-2020 was opened to look its words up, but never ranked (ranking reads the filters).
      expect(shardsRequested(requests)).toEqual(["2017-2020", "2025"]);
      const filterChunks = (shard: string) =>
        requests.filter((url) => url.includes(`/shards/${shard}/filter/`)).length;
      expect(filterChunks("2025")).toBeGreaterThan(0);
      expect(filterChunks("2017-2020")).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("searches a next query in its own shards only, not in those an earlier query loaded", async () => {
      const { page, problems, requests } = await newWatchedPage();
      const everyRequest: string[] = [];
      page.on("request", (request) => everyRequest.push(request.url()));
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("العامة")}`);
      await page.locator("[data-search-results] > li").nth(4).waitFor();
      expect(shardsRequested(requests)).toEqual(["2010-2016", "2017-2020", "2021-2024", "2025"]);
      const status = page.locator("[data-search-status]");

      requests.length = 0;
      await page.fill('input[name="q"]', "الكويت");
      await page.press('input[name="q"]', "Enter");
      await status.filter({ hasText: "«الكويت»" }).waitFor();
      expect(await resultTitles(page)).toEqual([
        "الكويت تقلص وقت الإقامة والصلاة في المساجد توفيراً للكهرباء",
      ]);
      expect(shardsRequested(requests)).toEqual(["2010-2016"]);

      // Back to the common word: every shard again, the same five results.
      await page.fill('input[name="q"]', "العامة");
      await page.press('input[name="q"]', "Enter");
      await status.filter({ hasText: "«العامة»" }).waitFor();
      expect(await status.textContent()).toBe("5 نتائج لـ «العامة».");
      await page.locator("[data-search-results] > li").nth(4).waitFor();
      expect(await page.locator("[data-search-results] > li").count()).toBe(5);
      // Every instance opens from the runtime bundle: one script and one wasm for the page's life.
      const runtimeFiles = everyRequest
        .filter((url) => /\/(pagefind\.js|wasm\.[a-z]+\.pagefind)$/.test(url))
        .map((url) => new URL(url).pathname);
      expect([...new Set(runtimeFiles)].sort()).toEqual([
        `${base}pagefind/runtime/pagefind.js`,
        `${base}pagefind/runtime/wasm.ar.pagefind`,
      ]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("runs fifteen searches over different shards on one page, each answered right, opening each shard's index once", async () => {
      const { page, problems, requests } = await newWatchedPage();
      await page.addInitScript(recordWasmMemories);
      // Every Pagefind index the page decodes (never freed: see searchPageIndex.ts) first
      // fetches its pagefind-entry.json, under a URL of its own each time (?ts=).
      const indexesDecoded = () =>
        requests.filter((url) => url.includes("/pagefind-entry.json")).length;
      await page.goto(`${server.origin}${base}search/`);
      await page.locator("[data-search-status]").filter({ hasText: "اكتب" }).waitFor();
      for (const [word, titles] of WORDS_BY_SHARD) {
        expect(await searchFromBox(page, word), word).toEqual(titles);
      }
      const decoded = indexesDecoded();
      const memory = await wasmMemory(page);
      // Each of the 5 shards once, with the runtime bundle it opens from.
      expect(decoded).toBe(10);
      expect(memory.memories).toBe(1);

      for (const [word, titles] of WORDS_BY_SHARD) {
        expect(await searchFromBox(page, word), word).toEqual(titles);
      }
      expect(indexesDecoded()).toBe(decoded);
      expect(await wasmMemory(page)).toEqual(memory);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("shows the second of two searches started back to back, with the second's filters in the form", async () => {
      const { page, problems } = await newWatchedPage();
      await page.goto(`${server.origin}${base}search/`);
      const status = page.locator("[data-search-status]");
      await status.filter({ hasText: "اكتب" }).waitFor();
      await page
        .locator('select[name="newspaper"] option[value="الرياض"]')
        .waitFor({ state: "attached" });
      // A reader who typed on: the second search starts while the first (a common word over
      // four shards, in one newspaper) is still opening its shards, and the first finishes after
      // it: one of its shards answers late.
      await page.route(/\/shards\/2021-2024\//, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      const submit = (query: string, newspaper: string) =>
        page.evaluate(
          ({ query, newspaper }) => {
            const form = document.querySelector<HTMLFormElement>("form[data-search-form]");
            const box = form?.querySelector<HTMLInputElement>('input[name="q"]');
            const select = form?.querySelector<HTMLSelectElement>('select[name="newspaper"]');
            if (!form || !box || !select) throw new Error("no search form");
            box.value = query;
            select.value = newspaper;
            form.requestSubmit();
          },
          { query, newspaper },
        );
      const slowShard = page.waitForRequest(/\/shards\/2021-2024\//);
      const slowShardAnswered = page.waitForResponse(/\/shards\/2021-2024\//);
      await submit("العامة", "الرياض");
      await slowShard;
      await submit("الكويت", "");
      await status.filter({ hasText: "«الكويت»" }).waitFor();
      // The first search's late shard has answered, and whatever it went on to do is done.
      await slowShardAnswered;
      await page.waitForLoadState("networkidle");
      expect(await status.textContent()).toBe("نتيجة واحدة لـ «الكويت».");
      expect(await resultTitles(page)).toEqual([
        "الكويت تقلص وقت الإقامة والصلاة في المساجد توفيراً للكهرباء",
      ]);
      expect(await page.inputValue('input[name="q"]')).toBe("الكويت");
      expect(await page.inputValue('select[name="newspaper"]')).toBe("");
      expect(new URL(page.url()).searchParams.get("q")).toBe("الكويت");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("answers a word no shard holds without loading any index", async () => {
      const { page, problems, requests } = await newWatchedPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("حكومة طوكيو")}`);
      const status = page.locator("[data-search-status]");
      await status.filter({ hasText: "لا نتائج" }).waitFor();
      expect(await status.textContent()).toBe("لا نتائج لـ «حكومة طوكيو».");
      expect(shardsRequested(requests)).toEqual([]);
      expect(requests.some((url) => url.endsWith("/pagefind.js"))).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("loads only a filtered year's shards", async () => {
      const { page, problems, requests } = await newWatchedPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("حكومة")}&year=2016`);
      await page.locator("[data-search-results] > li").first().waitFor();
      expect(await resultTitles(page)).toEqual(["مجلس الشورى يناقش مشروع الموازنة العامة"]);
      expect(shardsRequested(requests)).toEqual(["2010-2016"]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("keeps only the results inside a from–to range that crosses shards, both days included", async () => {
      const { page, problems } = await newWatchedPage();
      const status = page.locator("[data-search-status]");
      const query = encodeURIComponent("العامة");
      await page.goto(`${server.origin}${base}search/?q=${query}&from=2016-12-20&to=2022-09-30`);
      await status.filter({ hasText: "نتائج" }).waitFor();
      expect((await resultTitles(page)).sort()).toEqual([
        "القهوة السعودية.. أحدث إصدارات مكتبة الملك عبدالعزيز العامة",
        "عودة أكثر من ستة ملايين تلميذ وتلميذة إلى المدارس",
        "مجلس الشورى يناقش مشروع الموازنة العامة",
      ]);
      expect(await status.textContent()).toBe(
        "3 نتائج لـ «العامة» من 20 ديسمبر 2016 إلى 30 سبتمبر 2022.",
      );
      const chart = page.locator("[data-search-years]");
      await chart.getByRole("link").first().waitFor();
      expect(
        await chart
          .getByRole("link")
          .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label"))),
      ).toEqual(["2016: نتيجة واحدة", "2019: نتيجة واحدة", "2022: نتيجة واحدة"]);

      // A day later the 2016-12-20 article falls out; sort=oldest lists the rest by date.
      await page.goto(
        `${server.origin}${base}search/?q=${query}&from=2016-12-21&to=2022-09-30&sort=oldest`,
      );
      await status.filter({ hasText: "نتيجتان" }).waitFor();
      expect(await resultTitles(page)).toEqual([
        "عودة أكثر من ستة ملايين تلميذ وتلميذة إلى المدارس",
        "القهوة السعودية.. أحدث إصدارات مكتبة الملك عبدالعزيز العامة",
      ]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("counts every year's results for the query in the chart", async () => {
      const { page, problems } = await newWatchedPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent("العامة")}`);
      const chart = page.locator("[data-search-years]");
      await chart.getByRole("link").first().waitFor();
      expect(
        await chart
          .getByRole("link")
          .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label"))),
      ).toEqual(["2016: نتيجتان", "2019: نتيجة واحدة", "2022: نتيجة واحدة", "2025: نتيجة واحدة"]);
      expect(await chart.locator(".year-chart__year").count()).toBe(10);
      expect(await chart.locator("rect").first().getAttribute("height")).toBe("100");
      expect(problems).toEqual([]);
      await page.close();
    });

    it("sorts by newest first across shards", async () => {
      const { page, problems } = await newWatchedPage();
      await page.goto(
        `${server.origin}${base}search/?q=${encodeURIComponent("المملكة")}&sort=newest`,
      );
      await page.locator("[data-search-results] > li").nth(2).waitFor();
      expect(await page.locator("[data-search-results] h2").allTextContents()).toEqual([
        "ضبط أكثر من ١٩٫٣ ألف مخالف لأنظمة الإقامة والعمل",
        "القهوة السعودية.. أحدث إصدارات مكتبة الملك عبدالعزيز العامة",
        "أمطار رعدية ورياح نشطة على عدة مناطق بالمملكة",
      ]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}
