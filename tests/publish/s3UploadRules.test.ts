import { describe, expect, it } from "vitest";
import { contentTypeFor } from "../../src/preview/contentTypeFor.ts";
import { cacheControlFor } from "../../src/publish/cacheControlFor.ts";
import {
  firstMatchingRule,
  matchesAwsGlob,
  renderS3UploadScript,
  s3UploadRules,
} from "../../src/publish/s3UploadRules.ts";

// File names as `news-archive build` and Pagefind 1.6 write them.
const siteFiles = [
  "404.html",
  "index.html",
  "articles/2017/10/a1b2c3d4e5f6/index.html",
  "newspapers/n-9cb315e1/index.html",
  "assets/site.cb733f4138.css",
  "assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2",
  "assets/icon-192.png",
  "favicon.ico",
  "favicon.svg",
  "feed.json",
  "feed.xml",
  "manifest.webmanifest",
  "robots.txt",
  "sitemap.xml",
  "search/search.js",
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind-component-ui.css",
  "pagefind/pagefind.ar_90f89777d8.pf_meta",
  "pagefind/wasm.ar.pagefind",
  "pagefind/fragment/ar_17db737.pf_fragment",
  "pagefind/index/ar_9439136.pf_index",
  "pagefind/filter/ar_1111111.pf_filter",
];

describe("s3UploadRules", () => {
  it.each(siteFiles)(
    "uploads %s with the content type and Cache-Control the preview server sends",
    (file) => {
      const rules = s3UploadRules(siteFiles);
      const rule = rules[firstMatchingRule(rules, file)];
      expect(rule).toMatchObject({
        contentType: contentTypeFor(file),
        cacheControl: cacheControlFor(file),
      });
    },
  );

  it("matches aws-cli globs where * crosses folders", () => {
    expect(matchesAwsGlob("pagefind/*fragment/*", "pagefind/2019/fragment/ar_1.pf_fragment")).toBe(
      true,
    );
    expect(matchesAwsGlob("*.css", "assets/site.css")).toBe(true);
    expect(matchesAwsGlob("*[0-9a-f][0-9a-f].css", "site.css")).toBe(false);
  });
});

describe("renderS3UploadScript", () => {
  it("uploads Pagefind chunks first as immutable octet streams and ends with a --delete sync", () => {
    const script = renderS3UploadScript(siteFiles, {
      siteDir: "_site",
      destination: "s3://bucket/news-archive",
    });
    const syncs = script.split("\n").filter((line) => line.startsWith("aws s3 sync"));
    expect(syncs[0]).toContain("--include 'pagefind/*fragment/*'");
    expect(syncs[0]).toContain(
      "--content-type 'application/octet-stream' --cache-control 'public, max-age=31536000, immutable'",
    );
    expect(syncs.at(-1)).toBe(
      `aws s3 sync "$SITE" "$DEST" --cache-control 'public, max-age=0, must-revalidate' --delete`,
    );
    expect(script).toContain("DEST='s3://bucket/news-archive'");
    const htmlPass = syncs.find((line) => line.includes("--include '*.html'"));
    expect(htmlPass).toContain(
      "--content-type 'text/html; charset=utf-8' --cache-control 'public, max-age=0, must-revalidate'",
    );
  });
});
