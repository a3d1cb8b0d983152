// The page-kind registry is the only list of paginated pages: signatures, the sitemap, render
// shards and the render plan all derive from it, and each kind has its template.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildArchiveModel,
  partOfHref,
  restrictPages,
  scopePages,
  shardPages,
} from "../../src/site/archiveModel.ts";
import { loadArchive } from "../../src/site/loadArchive.ts";
import {
  anyPageKind,
  inSitemap,
  pageKindNames,
  pageKinds,
  sitemapOrder,
  type Page,
  type PageKind,
} from "../../src/site/pageKinds.ts";
import { pageSignatures } from "../../src/site/pageSignatures.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { fixtureContent } from "./renderFixtureSite.ts";

const root = path.resolve(import.meta.dirname, "../..");
const config = resolveSiteConfig({
  baseUrl: "https://example.org",
  itemsPerPage: 2,
  headlinesPerPage: 2,
});
// Two fixture articles reported as one story, so that the stories kind has a page.
const stories = new Map([
  ["a1b2c3d4e5f6", { story: "0f1e2d3c4b5a", related: [] }],
  ["0f1e2d3c4b5a", { story: "0f1e2d3c4b5a", related: [] }],
]);
const model = buildArchiveModel({ ...(await loadArchive(fixtureContent)), stories }, config);
const hrefsOf = (pages: readonly Page[]) => pages.map((page) => page.href);

describe("the page-kind registry", () => {
  it.each(pageKindNames)("gives every %s page a signature and a sitemap entry", (name) => {
    const pages = hrefsOf(model.pages[name]);
    expect(pages.length, `${name} has no page in the fixture archive`).toBeGreaterThan(0);
    const signatures = pageSignatures(model, "fingerprint");
    expect(pages.filter((href) => !signatures.has(href))).toEqual([]);
    const listed = new Set(model.sitemap.files.flatMap((file) => file.urls));
    const kind = anyPageKind(name);
    const expected = model.pages[name].filter((page) => inSitemap(kind, page)).map((p) => p.href);
    expect(expected.length, `${name} lists no page in the sitemap`).toBeGreaterThan(0);
    expect(expected.filter((href) => !listed.has(`https://example.org${href}`))).toEqual([]);
  });

  it("signs exactly the registered pages, each once", () => {
    const registered = pageKindNames.flatMap((name) => hrefsOf(model.pages[name]));
    expect(new Set(registered).size).toBe(registered.length);
    expect([...pageSignatures(model, "fingerprint").keys()].sort()).toEqual([...registered].sort());
  });

  it("lists the fixed pages and every kind's pages in the sitemap, in sitemapOrder", () => {
    const expected = sitemapOrder.flatMap((entry) =>
      entry.startsWith("/")
        ? [entry]
        : hrefsOf(
            model.pages[entry as (typeof pageKindNames)[number]].filter((page) =>
              inSitemap(anyPageKind(entry as (typeof pageKindNames)[number]), page),
            ),
          ),
    );
    const urls = model.sitemap.files.flatMap((file) => file.urls);
    expect(urls).toEqual(expected.map((href) => `https://example.org${href}`));
    expect(urls).toContain("https://example.org/articles/2019/10/4d5e6f708192/");
  });

  it("keeps an href that no kind declares out of the pages an incremental build renders", () => {
    const changed = new Set([
      "/unregistered/",
      "/articles/2019/10/4d5e6f708192/",
      "/archive/2019/",
    ]);
    const restricted = restrictPages(model, changed);
    const rendered = pageKindNames.flatMap((name) => hrefsOf(restricted.pages[name]));
    expect(rendered.sort()).toEqual(["/archive/2019/", "/articles/2019/10/4d5e6f708192/"]);
  });

  it("splits the article pages between render shards and leaves the other kinds to shard 0", () => {
    const shards = [0, 1, 2].map((index) => shardPages(model, index, 3));
    expect(shards.flatMap((shard) => hrefsOf(shard.pages.articles))).toEqual(
      hrefsOf(model.pages.articles),
    );
    for (const name of pageKindNames.filter((kind) => pageKinds[kind].shard === "first")) {
      expect(hrefsOf(shards[0]!.pages[name])).toEqual(hrefsOf(model.pages[name]));
      expect(shards[1]!.pages[name]).toEqual([]);
    }
  });

  it("shares every kind's pages between render processes when joining parts", () => {
    const shards = [0, 1].map((index) => shardPages(model, index, 2, true));
    for (const name of pageKindNames) {
      expect(shards.flatMap((shard) => hrefsOf(shard.pages[name]))).toEqual(
        hrefsOf(model.pages[name]),
      );
    }
    expect(shards[1]!.pages.monthViews.length).toBeGreaterThan(0);
  });

  it("gives each article page to one part by its URL, and the joined site every other page", () => {
    const parts = [1, 2, 3].map((number) => scopePages(model, { kind: "part", number, count: 3 }));
    expect(parts.flatMap((part) => hrefsOf(part.pages.articles)).sort()).toEqual(
      hrefsOf(model.pages.articles).sort(),
    );
    parts.forEach((part, index) => {
      for (const href of hrefsOf(part.pages.articles)) expect(partOfHref(href, 3)).toBe(index + 1);
      for (const name of pageKindNames.filter((kind) => pageKinds[kind].shard === "first"))
        expect(part.pages[name]).toEqual([]);
    });
    const joined = scopePages(model, { kind: "joined" });
    expect(joined.pages.articles).toEqual([]);
    expect(hrefsOf(joined.pages.monthViews)).toEqual(hrefsOf(model.pages.monthViews));
  });

  it.each(pageKindNames)(
    "has a template for %s that paginates over archive.pages of that kind",
    async (name) => {
      const file = path.join(root, "templates", pageKinds[name].template);
      if (file.endsWith(".11ty.ts")) {
        const { data } = (await import(file)) as { data: { pagination: unknown } };
        expect(data.pagination).toMatchObject({ data: `archive.pages.${name}`, size: 1 });
        return;
      }
      const template = readFileSync(file, "utf8");
      expect(template).toMatch(new RegExp(`data: archive\\.pages\\.${name}\\n\\s+size: 1\\n`));
    },
  );

  it("refuses, at type-checking, a page kind that leaves out its sitemap entry or shard rule", () => {
    // @ts-expect-error: `sitemap` and `shard` are required parts of a page kind.
    const incomplete: PageKind<Page> = { template: "x.njk", pages: () => [], signature: () => 0 };
    expect(Object.keys(incomplete)).not.toContain("sitemap");
  });
});
