import type { Element } from "domhandler";
import { beforeAll, describe, expect, it } from "vitest";
import {
  elements,
  renderFixtureSite,
  text,
  withAttribute,
  type RenderedSite,
} from "./renderFixtureSite.ts";

let site: RenderedSite;
beforeAll(async () => {
  site = await renderFixtureSite();
});

const pageTypes = [
  "index.html",
  "articles/2017/10/a1b2c3d4e5f6/index.html",
  "articles/undated/92a3b4c5d6e7/index.html",
  "archive/index.html",
  "archive/2017/index.html",
  "archive/2017/10/index.html",
  "archive/2017/10/06/index.html",
  "archive/undated/index.html",
  "newspapers/index.html",
  "newspapers/alhayat/index.html",
  "newspapers/alhayat/2017/10/index.html",
  "articles/index.html",
  "articles/2017/10/index.html",
  "articles/2025/03/index.html",
  "headlines/index.html",
  "headlines/page/1/index.html",
  "about/index.html",
  "search/index.html",
  "404.html",
];

describe("the rendered fixture site", () => {
  it("has every page type, feed, sitemap and icon", async () => {
    const files = await site.htmlFiles();
    for (const page of pageTypes) expect(files).toContain(page);
    for (const file of [
      "feed.xml",
      "feed.json",
      "sitemap.xml",
      "robots.txt",
      "manifest.webmanifest",
      "favicon.svg",
      "favicon.ico",
    ]) {
      await expect(site.read(file)).resolves.toBeTruthy();
    }
  });

  it("reports the invalid fixture file with its path and still builds the rest", () => {
    expect(site.stderr).toMatch(
      /skipped .*articles\/2019\/02\/broken\.md: invalid front matter: id/,
    );
  });

  it("gives every page lang=ar, dir=rtl, exactly one h1, landmarks, the CSP meta and the fingerprinted stylesheet", async () => {
    for (const file of await site.htmlFiles()) {
      const doc = await site.page(file);
      const html = elements(doc, "html")[0];
      expect(html?.attribs, file).toMatchObject({ lang: "ar", dir: "rtl" });
      expect(elements(doc, "h1"), file).toHaveLength(1);
      for (const landmark of ["header", "nav", "main", "footer"])
        expect(elements(doc, landmark).length, `${file} ${landmark}`).toBeGreaterThan(0);
      const csp = elements(doc, "meta").find(
        (m) => m.attribs["http-equiv"] === "Content-Security-Policy",
      );
      expect(csp?.attribs.content, file).toContain(
        "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
      );
      const stylesheet = elements(doc, "link").find((l) => l.attribs.rel === "stylesheet");
      expect(stylesheet?.attribs.href, file).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
      const search = elements(doc, "form").find((f) => f.attribs.action === "/search/");
      expect(search?.attribs.method, file).toBe("get");
      expect(
        elements(search!, "input").map((i) => i.attribs.name),
        file,
      ).toContain("q");
    }
  });

  it("has no inline style, no style element and no script except JSON-LD, the search page's module and the highlighter on articles and headlines", async () => {
    for (const file of await site.htmlFiles()) {
      const doc = await site.page(file);
      expect(withAttribute(doc, "style"), file).toHaveLength(0);
      expect(elements(doc, "style"), file).toHaveLength(0);
      const scripts = elements(doc, "script").map(
        (s) => `${s.attribs.type}|${s.attribs.src ?? ""}|${"defer" in s.attribs}`,
      );
      const allowed = file.startsWith("search/")
        ? ["module|/search/search.js|false"]
        : (file.startsWith("articles/") && !/^articles\/(\d{4}\/\d\d\/(page\/\d+\/)?)?index\.html$/.test(file)) ||
            file.startsWith("headlines/")
          ? ["module|/search/search-highlight.js|false"]
          : [];
      expect(
        scripts.filter((s) => !s.startsWith("application/ld+json|")),
        file,
      ).toEqual(allowed);
    }
  });

  it("shows an article with its newspaper, Gregorian and Hijri dates, reading time and source link", async () => {
    const doc = await site.page("articles/2017/10/a1b2c3d4e5f6/index.html");
    const article = withAttribute(doc, "data-pagefind-body");
    expect(article).toHaveLength(1);
    expect(text(elements(doc, "h1")[0]!)).toBe(
      "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني",
    );
    const meta = text(article[0]!);
    expect(meta).toContain("الحياة");
    expect(meta).toContain("6 أكتوبر 2017");
    expect(meta).toContain("16 محرم 1439 هـ");
    expect(meta).toMatch(/\d+ كلمة|كلمات/);
    expect(meta).toContain("قراءة في دقيقة واحدة");
    const source = elements(doc, "a").find(
      (a) => a.attribs.href === "https://sauress.com/alhayat/573769",
    );
    expect(source?.attribs.rel).toBe("nofollow noopener noreferrer");
    expect(source?.attribs.target).toBeUndefined();
    expect(text(doc)).toContain("يخرجك من الأرشيف");
    expect(elements(doc, "link").find((l) => l.attribs.rel === "canonical")?.attribs.href).toBe(
      "https://archive.example.org/articles/2017/10/a1b2c3d4e5f6/",
    );
    expect(
      elements(doc, "meta").find((m) => m.attribs.property === "og:type")?.attribs.content,
    ).toBe("article");
  });

  it("links an article to the older and newer article of the same newspaper", async () => {
    const doc = await site.page("articles/2017/10/a1b2c3d4e5f6/index.html");
    const links = elements(doc, "a").filter(
      (a) => a.attribs.rel === "prev" || a.attribs.rel === "next",
    );
    expect(links.map((a) => [a.attribs.rel, a.attribs.href])).toEqual([
      ["next", "/articles/2019/03/1a2b3c4d5e6f/"],
      ["prev", "/articles/2017/10/0f1e2d3c4b5a/"],
    ]);
  });

  it("marks article pages for Pagefind with title, newspaper, year, kind and date", async () => {
    const html = await site.read("articles/2017/10/a1b2c3d4e5f6/index.html");
    expect(html).toContain('<h1 data-pagefind-meta="title"');
    expect(html).toMatch(
      /data-pagefind-filter="newspaper" data-pagefind-meta="newspaper"><bdi>الحياة<\/bdi>/,
    );
    expect(html).toContain('data-pagefind-filter="year:2017"');
    expect(html).toContain('data-pagefind-filter="kind:article"');
    expect(html).toContain(
      '<time datetime="2017-10-06" data-pagefind-sort="date[datetime]" data-pagefind-meta="date[datetime]">',
    );
  });

  it("keeps list pages out of the search index", async () => {
    for (const file of (await site.htmlFiles()).filter(
      (f) => !/^articles\/(\d{4}|undated)\//.test(f),
    )) {
      expect(await site.read(file), file).not.toContain("data-pagefind-body");
    }
  });

  it("renders a body holding script, img onerror, # and - lines and template tags as plain text", async () => {
    const doc = await site.page("articles/2025/03/3c4d5e6f7081/index.html");
    const body = withAttribute(doc, "data-pagefind-body")[0]!;
    const paragraphs = elements(body, "p").map(text);
    expect(paragraphs).toEqual([
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "# ليس عنوانًا",
      "- ليست قائمة",
      "{{ title }} و {% raw %}",
    ]);
    for (const tag of ["script", "img", "h2", "ul", "li"])
      expect(elements(body, tag), tag).toHaveLength(0);
    expect(text(elements(doc, "h1")[0]!)).toBe('نص يحمل رموزًا خاصة: "اختبار" & <وسوم>');
    const jsonLd = elements(doc, "script").find((s) => s.attribs.type === "application/ld+json");
    const raw = text(jsonLd!);
    expect(raw).not.toContain("<");
    expect(JSON.parse(raw)).toMatchObject({
      "@type": "NewsArticle",
      headline: 'نص يحمل رموزًا خاصة: "اختبار" & <وسوم>',
    });
  });

  it("shows the author when known and the printed date of an undated article", async () => {
    const withAuthor = await site.page("articles/2025/03/2b3c4d5e6f70/index.html");
    const terms = elements(withAuthor, "dt").map((dt) => [
      text(dt),
      text(dt.nextSibling as Element),
    ]);
    expect(terms).toContainEqual(["الكاتب", "محمد العتيبي"]);
    const undated = text(await site.page("articles/undated/92a3b4c5d6e7/index.html"));
    expect(undated).toContain("غير معروف (كما ورد: 31 - 02 - 2018)");
  });

  it("lists all articles by calendar month, the newest month at /articles/ and at its own URL with the canonical link to /articles/", async () => {
    const canonical = (doc: Awaited<ReturnType<RenderedSite["page"]>>) =>
      elements(doc, "link").find((l) => l.attribs.rel === "canonical")?.attribs.href;
    const pager = (doc: Awaited<ReturnType<RenderedSite["page"]>>) =>
      ["prev", "next"].map((rel) => elements(doc, "a").find((a) => a.attribs.rel === rel)?.attribs.href);
    const first = await site.page("articles/index.html");
    expect(canonical(first)).toBe("https://archive.example.org/articles/");
    expect(pager(first)).toEqual([undefined, "/articles/2025/02/"]);
    expect(text(first)).toContain("12 مقالًا");
    expect(text(elements(first, "nav").find((n) => n.attribs.class === "pager")!)).toContain("مارس 2025");
    expect(elements(first, "h2").map(text)).toEqual([
      "مؤتمر دولي للطاقة المتجددة في الرياض",
      'نص يحمل رموزًا خاصة: "اختبار" & <وسوم>',
    ]);
    const march = await site.page("articles/2025/03/index.html");
    expect(canonical(march)).toBe("https://archive.example.org/articles/");
    expect(elements(march, "h2").map(text)).toEqual(elements(first, "h2").map(text));
    expect(text(elements(march, "title")[0]!)).toBe("كل المقالات، مارس 2025 | أرشيف الأخبار العربية");
    expect(text(march)).not.toContain("12 مقالًا");
    const february = await site.page("articles/2025/02/index.html");
    expect(canonical(february)).toBe("https://archive.example.org/articles/2025/02/");
    expect(pager(february)).toEqual(["/articles/", "/articles/2025/01/"]);
    const oldest = await site.page("articles/2017/10/index.html");
    expect(text(elements(oldest, "title")[0]!)).toBe("كل المقالات، أكتوبر 2017 | أرشيف الأخبار العربية");
    expect(pager(oldest)).toEqual(["/articles/2017/11/", undefined]);
    expect(elements(oldest, "h2").map(text)).toEqual([
      "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني",
      "الحكومة تعلن خطة جديدة لدعم المدارس",
    ]);
    // Undated articles are listed under /archive/undated/, not in a month of all articles.
    const files = await site.htmlFiles();
    expect(files.filter((f) => /^articles\/(page|undated)\/index\.html/.test(f))).toEqual([]);
  });

  it("lists a newspaper by month and links each month of its coverage chart to that month's page", async () => {
    const alhayat = await site.page("newspapers/alhayat/index.html");
    const chartLinks = elements(alhayat, "a")
      .map((a) => a.attribs.href ?? "")
      .filter((href) => href.startsWith("/newspapers/alhayat/"));
    expect(chartLinks).toContain("/newspapers/alhayat/2017/10/");
    const october = await site.page("newspapers/alhayat/2017/10/index.html");
    expect(text(elements(october, "title")[0]!)).toBe("الحياة، أكتوبر 2017 | أرشيف الأخبار العربية");
    expect(elements(october, "li").map(text).join(" ")).toContain("الحكومة تعلن خطة جديدة لدعم المدارس");
    const crumbs = elements(elements(october, "nav").find((n) => n.attribs.class === "breadcrumb")!, "a");
    expect(crumbs.map((a) => [text(a), a.attribs.href])).toEqual([
      ["الصحف", "/newspapers/"],
      ["الحياة", "/newspapers/alhayat/"],
    ]);
  });

  it("lists years and months with counts in the date archive", async () => {
    const archive = text(await site.page("archive/index.html"));
    expect(archive).toContain("2017 3 مقالات");
    expect(archive).toContain("أكتوبر 2");
    expect(archive).toContain("مقالات بلا تاريخ مقال واحد");
  });

  it("shows a month as a calendar whose days with news link to their day page with a count", async () => {
    const month = await site.page("archive/2017/10/index.html");
    expect(text(elements(month, "h1")[0]!)).toBe("أكتوبر 2017");
    expect(text(month)).toContain("مقالان في يومان");
    const calendar = elements(month, "table")[0]!;
    const links = elements(calendar, "a").map((a) => [a.attribs.href, text(a)]);
    expect(links).toEqual([
      // The visible count is hidden from screen readers, which hear «2، مقال واحد».
      ["/archive/2017/10/02/", "21، مقال واحد"],
      ["/archive/2017/10/06/", "61، مقال واحد"],
    ]);
    const nav = elements(month, "nav").find((n) => n.attribs.class === "prev-next")!;
    expect(elements(nav, "a").map((a) => a.attribs.rel)).toEqual(["next"]);
    expect(text(nav)).toContain("الشهر التالي ← نوفمبر 2017");
  });

  it("shows a day's articles by newspaper with a named breadcrumb and the neighbouring days with news", async () => {
    const day = await site.page("archive/2017/10/06/index.html");
    expect(text(elements(day, "h1")[0]!)).toBe("أخبار 6 أكتوبر 2017");
    const crumbs = elements(day, "nav").find((n) => n.attribs.class === "breadcrumb")!;
    expect(text(crumbs)).toBe("الأرشيف2017أكتوبر");
    expect(elements(day, "a").map((a) => a.attribs.href)).toContain(
      "/articles/2017/10/a1b2c3d4e5f6/",
    );
    const nav = elements(day, "nav").find((n) => n.attribs.class === "prev-next")!;
    expect(text(nav)).toContain("اليوم السابق 2 أكتوبر 2017");
  });

  it("draws a year's months as SVG bars that link to the month, with no style attribute", async () => {
    const year = await site.page("archive/2017/index.html");
    const svg = elements(year, "svg")[0]!;
    const bars = elements(svg, "a");
    expect(bars.map((a) => [a.attribs.href, a.attribs["aria-label"]])).toEqual([
      ["/archive/2017/10/", "أكتوبر 2017: مقالان"],
      ["/archive/2017/11/", "نوفمبر 2017: مقال واحد"],
    ]);
    expect(withAttribute(year, "style")).toEqual([]);
  });

  it("shows the ticker with a pause control and headlines with first/last seen and their article", async () => {
    const home = await site.page("index.html");
    const track = elements(home, "ul").find((u) => u.attribs.class === "ticker__track")!;
    // Most recently seen first.
    expect(elements(track, "li").map(text).slice(0, 3)).toEqual([
      "أمير حائل يستقبل رئيس هيئة الرقابة ومكافحة الفساد",
      "مسامرة بيئية عن النباتات المحلية بمنطقة عسير",
      "مؤتمر دولي للطاقة المتجددة في الرياض",
    ]);
    expect(elements(track, "a").map((a) => a.attribs.href)).toContain(
      "/articles/2025/03/2b3c4d5e6f70/",
    );
    expect(elements(home, "input").find((i) => i.attribs.id === "ticker-pause")?.attribs.type).toBe(
      "checkbox",
    );
    expect(elements(home, "label").find((l) => l.attribs.for === "ticker-pause")).toBeDefined();
    const headlines = await site.page("headlines/page/1/index.html");
    const daesh = elements(headlines, "li").find((li) => text(li).includes("خلافة افتراضية"))!;
    expect(text(daesh)).toContain("ظهر من 6 أكتوبر إلى 7 أكتوبر 2017");
    // One link, to the article.
    expect(elements(daesh, "a").map((a) => a.attribs.href)).toEqual([
      "/articles/2017/10/a1b2c3d4e5f6/",
    ]);
  });

  it("shows no generated-sample notice: no fixture article is declared generated", async () => {
    for (const file of await site.htmlFiles())
      expect(await site.read(file), file).not.toContain("sample-notice");
  });

  it("says on the about page how much the archive holds and from when", async () => {
    const about = text(await site.page("about/index.html"));
    expect(about).toContain("12 مقالًا");
    expect(about).toContain("3 صحف");
    expect(about).toContain("6 عناوين");
    expect(about).toContain("من 2 أكتوبر 2017 إلى 6 مارس 2025");
    expect(about).toContain("الشروق اليومي: 4 مقالات");
  });

  it("provides the search page shell with a q input, filters, sort and a results list for the search script", async () => {
    const search = await site.page("search/index.html");
    expect(elements(search, "input").filter((i) => i.attribs.name === "q")).toHaveLength(2);
    const app = withAttribute(search, "data-search-app")[0]!;
    expect(app.attribs["data-pagefind-bundle"]).toBe("/pagefind/");
    expect(app.attribs["data-site-base"]).toBe("/");
    expect(withAttribute(search, "data-search-results")).toHaveLength(1);
    const selects = elements(search, "select").map((select) => select.attribs.name);
    expect(selects).toEqual(["newspaper", "year", "kind", "sort"]);
  });

  it("writes Atom and JSON feeds of the newest articles with absolute URLs", async () => {
    const atom = await site.read("feed.xml");
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(atom.match(/<entry>/g)).toHaveLength(11);
    expect(atom).toContain(
      '<link href="https://archive.example.org/articles/2025/03/2b3c4d5e6f70/"/>',
    );
    const json = JSON.parse(await site.read("feed.json")) as {
      items: { title: string; url: string }[];
    };
    expect(json.items[0]).toMatchObject({
      title: "مؤتمر دولي للطاقة المتجددة في الرياض",
      url: "https://archive.example.org/articles/2025/03/2b3c4d5e6f70/",
    });
  });

  it("lists every article in the sitemap and points robots.txt at it", async () => {
    const sitemap = await site.read("sitemap.xml");
    expect(sitemap).toContain(
      "<loc>https://archive.example.org/articles/undated/92a3b4c5d6e7/</loc>",
    );
    expect(
      sitemap.match(
        /<loc>https:\/\/archive\.example\.org\/articles\/(\d{4}\/\d{2}|undated)\/[0-9a-f]{12}\/</g,
      ),
    ).toHaveLength(12);
    // A list page is listed under its canonical URL only: the newest month's page is /articles/.
    expect(sitemap).toContain("<loc>https://archive.example.org/articles/2025/02/</loc>");
    expect(sitemap).not.toContain("<loc>https://archive.example.org/articles/2025/03/</loc>");
    expect(await site.read("robots.txt")).toContain(
      "Sitemap: https://archive.example.org/sitemap.xml",
    );
  });

  it("ships a right-to-left stylesheet with the self-hosted Arabic font, reduced motion, dark mode and print rules", async () => {
    const doc = await site.page("index.html");
    const href = elements(doc, "link").find((l) => l.attribs.rel === "stylesheet")!.attribs.href!;
    const css = await site.read(href.slice(1));
    expect(css).toContain(
      'src: url("fonts/noto-naskh-arabic-arabic-400-normal.woff2") format("woff2")',
    );
    expect(css).toContain("font-display: optional");
    expect(css).toContain('font-family: "Noto Naskh Arabic Digits"');
    expect(css).toContain("unicode-range: U+0600-06FF");
    expect(css).toContain("@media (prefers-reduced-motion: reduce)");
    expect(css).toContain("@media (prefers-color-scheme: dark)");
    expect(css).toContain("@media print");
    // rtlcss turned the left-to-right scroll into a right-moving one.
    expect(css).toContain("transform: translateX(100%)");
    await expect(
      site.read("assets/fonts/noto-naskh-arabic-latin-700-normal.woff2"),
    ).resolves.toBeTruthy();
  });
});

describe("the fixture site under --path-prefix /archive/", () => {
  let prefixed: RenderedSite;
  beforeAll(async () => {
    prefixed = await renderFixtureSite("/archive/");
  });

  it("starts every internal href, src and form action with the prefix", async () => {
    for (const file of await prefixed.htmlFiles()) {
      const doc = await prefixed.page(file);
      const urls = [
        ...withAttribute(doc, "href").map((e) => e.attribs.href!),
        ...withAttribute(doc, "src").map((e) => e.attribs.src!),
        ...withAttribute(doc, "action").map((e) => e.attribs.action!),
      ];
      for (const url of urls) {
        // The original source and its Wayback Machine capture (the citation block) are other hosts.
        if (url.startsWith("#") || /^https:\/\/(sauress\.com|web\.archive\.org)\//.test(url))
          continue;
        expect(url, file).toMatch(/^(\/archive\/|https:\/\/archive\.example\.org\/archive\/)/);
      }
    }
  });

  it("puts the prefix into feed, sitemap and robots URLs", async () => {
    expect(await prefixed.read("feed.xml")).toContain(
      '<link href="https://archive.example.org/archive/feed.xml" rel="self"/>',
    );
    expect(await prefixed.read("sitemap.xml")).toContain(
      "<loc>https://archive.example.org/archive/about/</loc>",
    );
    expect(await prefixed.read("robots.txt")).toContain(
      "Sitemap: https://archive.example.org/archive/sitemap.xml",
    );
  });
});
