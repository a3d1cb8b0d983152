import { link, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseToml } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathPrefixFromHeadersFile } from "../../src/preview/builtPathPrefix.ts";
import { renderHeadersFile } from "../../src/publish/renderHeadersFile.ts";
import { headerContentSecurityPolicy, securityHeaders } from "../../src/publish/securityHeaders.ts";
import { writeHostFiles } from "../../src/publish/writeHostFiles.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Parses the `_headers` syntax (path line, then indented `Name: value` lines) into path → headers. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(":");
    if (current === undefined || colon === -1) throw new Error(`bad _headers line: ${line}`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const siteFiles = [
  "index.html",
  "404.html",
  "articles/2017/10/abc/index.html",
  "assets/site.3f2a9c1b.css",
  "assets/noto-naskh-arabic-arabic-400-normal.woff2",
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind.ar_90f89777d8.pf_meta",
  "pagefind/wasm.ar.pagefind",
  "pagefind/fragment/ar_17db737.pf_fragment",
  "pagefind/fragment/ar_2a1b3c4.pf_fragment",
  "pagefind/index/ar_9439136.pf_index",
  "pagefind/filter/ar_1111111.pf_filter",
];

describe("renderHeadersFile", () => {
  it("sends the CSP with frame-ancestors and the other security headers on every path under the prefix", () => {
    const rules = parseHeadersFile(renderHeadersFile(siteFiles, "/news-archive/"));
    expect(rules.get("/news-archive/*")).toEqual(securityHeaders());
    expect(rules.get("/news-archive/*")?.["Content-Security-Policy"]).toContain(
      "frame-ancestors 'none'",
    );
    expect(rules.get("/news-archive/*")?.["Content-Security-Policy"]).not.toContain(
      "unsafe-inline",
    );
  });

  it("caches Pagefind's hashed chunk folders, the pf_meta and fingerprinted assets for a year, and nothing else", () => {
    const rules = parseHeadersFile(renderHeadersFile(siteFiles, "/"));
    const immutable = [...rules].filter(
      ([, headers]) => headers["Cache-Control"] === "public, max-age=31536000, immutable",
    );
    expect(immutable.map(([path]) => path)).toEqual([
      "/assets/site.3f2a9c1b.css",
      "/pagefind/filter/*",
      "/pagefind/fragment/*",
      "/pagefind/index/*",
      "/pagefind/pagefind.ar_90f89777d8.pf_meta",
    ]);
    expect(rules.get("/*")?.["Cache-Control"]).toBeUndefined();
  });
});

describe("writeHostFiles", () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "host-files-"));
    await mkdir(join(outDir, "pagefind/fragment"), { recursive: true });
    await writeFile(join(outDir, "index.html"), "<!doctype html>");
    await writeFile(join(outDir, "pagefind/fragment/ar_17db737.pf_fragment"), "x");
    await writeFile(join(outDir, "pagefind/pagefind.js"), "export {};");
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("writes _headers and a _redirects that rewrites the prefix for a prefixed build", async () => {
    expect(await writeHostFiles(outDir, { pathPrefix: "/news-archive/" })).toEqual([
      "_headers",
      "_redirects",
    ]);
    const headers = parseHeadersFile(await readFile(join(outDir, "_headers"), "utf8"));
    expect(headers.get("/news-archive/pagefind/fragment/*")?.["Cache-Control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    const redirects = await readFile(join(outDir, "_redirects"), "utf8");
    expect(redirects).toContain("/news-archive/*  /:splat  200\n");
    expect(redirects).toContain("/  /news-archive/  302\n");
  });

  it("removes a stale _redirects when the site is rebuilt without a prefix", async () => {
    await writeHostFiles(outDir, { pathPrefix: "/news-archive/" });
    expect(await writeHostFiles(outDir, { pathPrefix: "/" })).toEqual(["_headers"]);
    await expect(readFile(join(outDir, "_redirects"), "utf8")).rejects.toThrow(/ENOENT/);
    expect(parseHeadersFile(await readFile(join(outDir, "_headers"), "utf8")).has("/*")).toBe(true);
  });

  it("replaces _headers by rename, so a hard-linked copy of the site keeps its own", async () => {
    await writeHostFiles(outDir, { pathPrefix: "/news-archive/" });
    const copy = `${outDir}-copy-headers`;
    await link(join(outDir, "_headers"), copy);
    const before = await readFile(copy, "utf8");
    await writeHostFiles(outDir, { pathPrefix: "/" });
    expect(await readFile(copy, "utf8")).toBe(before);
    expect(await readFile(join(outDir, "_headers"), "utf8")).not.toBe(before);
    await rm(copy);
  });
});

describe("netlify.toml", () => {
  it("builds with npm run build, publishes _site on Node 20 and sends the same security headers as the preview server", async () => {
    const config = parseToml(await readFile(join(repoRoot, "netlify.toml"), "utf8")) as {
      build: { command: string; publish: string; environment: Record<string, string> };
      headers: Array<{ for: string; values: Record<string, string> }>;
    };
    expect(config.build).toMatchObject({
      command: "npm run build",
      publish: "_site",
      environment: { NODE_VERSION: "20" },
    });
    const everyPath = config.headers.find((rule) => rule.for === "/*");
    expect(everyPath?.values).toEqual(securityHeaders());
    expect(everyPath?.values["Content-Security-Policy"]).toBe(headerContentSecurityPolicy);
  });
});

describe("pathPrefixFromHeadersFile", () => {
  it("reads back the prefix renderHeadersFile records, so preview can serve a prefixed build without flags", () => {
    expect(pathPrefixFromHeadersFile(renderHeadersFile(siteFiles, "/news-archive/"))).toBe(
      "/news-archive/",
    );
    expect(pathPrefixFromHeadersFile(renderHeadersFile(siteFiles, "/"))).toBe("/");
    expect(pathPrefixFromHeadersFile("/*\n  X-Frame-Options: DENY\n")).toBeUndefined();
  });
});

describe("renderHeadersFile for an archive with many search shards", () => {
  it("stays under Cloudflare's 100 rules with one :shard placeholder rule per chunk kind", () => {
    const shards = Array.from({ length: 40 }, (_, index) => `y${2000 + index}`);
    const files = shards.flatMap((shard) => [
      `pagefind/shards/${shard}/pagefind.js`,
      `pagefind/shards/${shard}/pagefind.ar_${(index(shard) + 0x1000000000).toString(16)}.pf_meta`,
      `pagefind/shards/${shard}/fragment/ar_17db737.pf_fragment`,
      `pagefind/shards/${shard}/index/ar_9439136.pf_index`,
      `pagefind/shards/${shard}/filter/ar_1111111.pf_filter`,
    ]);
    const rules = parseHeadersFile(renderHeadersFile(files, "/news-archive/"));
    expect([...rules.keys()]).toEqual([
      "/news-archive/*",
      "/news-archive/pagefind/shards/:shard/filter/*",
      "/news-archive/pagefind/shards/:shard/fragment/*",
      "/news-archive/pagefind/shards/:shard/index/*",
    ]);
  });
});

function index(shard: string): number {
  return Number(shard.slice(1));
}
