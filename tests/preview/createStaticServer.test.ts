import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, type StaticServer } from "../../src/preview/createStaticServer.ts";
import { headerContentSecurityPolicy } from "../../src/publish/securityHeaders.ts";
import { rawRequest } from "../helpers/rawRequest.ts";

const siteDir = fileURLToPath(new URL("../fixtures/preview/site", import.meta.url));

describe("createStaticServer under the /news-archive/ prefix", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await createStaticServer({ root: siteDir, pathPrefix: "/news-archive/" });
  });
  afterAll(() => server.close());

  const get = (path: string, method?: string) => rawRequest(server.origin, path, method);

  it("listens on 127.0.0.1 with a free port and gives the prefixed home URL", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news-archive\/$/);
  });

  it("serves index.html for the prefix root with the HTML content type", async () => {
    const response = await get("/news-archive/");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("<h1>الرئيسية</h1>");
  });

  it("redirects the bare prefix and a folder without its slash to the slashed URL", async () => {
    expect(await get("/news-archive")).toMatchObject({
      status: 301,
      headers: { location: "/news-archive/" },
    });
    const folder = await get("/news-archive/%D8%B9%D8%B1%D8%A8%D9%8A?q=1");
    expect(folder).toMatchObject({
      status: 301,
      headers: { location: "/news-archive/%D8%B9%D8%B1%D8%A8%D9%8A/?q=1" },
    });
  });

  it("serves a folder named in Arabic from its percent-encoded URL", async () => {
    const response = await get("/news-archive/%D8%B9%D8%B1%D8%A8%D9%8A/");
    expect(response.status).toBe(200);
    expect(response.body).toContain("صفحة بمسار عربي");
  });

  it("answers an unknown path with the site's 404.html and status 404", async () => {
    const response = await get("/news-archive/articles/2099/01/missing/");
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("الصفحة غير موجودة");
  });

  it("serves nothing outside the prefix", async () => {
    const response = await get("/index.html");
    expect(response.status).toBe(404);
    expect(response.body).not.toContain("الرئيسية");
  });

  it.each([
    ["/news-archive/../secret.txt"],
    ["/news-archive/%2e%2e/secret.txt"],
    ["/news-archive/%2E%2E%2Fsecret.txt"],
    ["/news-archive/..%5csecret.txt"],
    ["/news-archive/pagefind/../../secret.txt"],
    ["/news-archive/%00secret.txt"],
  ])("refuses the traversal %s without leaking the file outside the site", async (path) => {
    const response = await get(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain("secret outside the site root");
  });

  it.each([
    ["pagefind/wasm.ar.pagefind", "application/octet-stream"],
    ["pagefind/pagefind.ar_90f89777d8.pf_meta", "application/octet-stream"],
    ["pagefind/fragment/ar_17db737.pf_fragment", "application/octet-stream"],
    ["pagefind/index/ar_9439136.pf_index", "application/octet-stream"],
    ["pagefind/pagefind.js", "text/javascript; charset=utf-8"],
    ["pagefind/pagefind-entry.json", "application/json; charset=utf-8"],
    ["assets/tiny.wasm", "application/wasm"],
    ["assets/site.css", "text/css; charset=utf-8"],
    ["assets/font.woff2", "font/woff2"],
    ["manifest.webmanifest", "application/manifest+json"],
    ["feed.xml", "application/xml; charset=utf-8"],
  ])("serves %s as %s", async (path, contentType) => {
    const response = await get(`/news-archive/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(contentType);
  });

  it("sends the enforced CSP with frame-ancestors and the other security headers, on pages and on the 404", async () => {
    for (const path of ["/news-archive/", "/news-archive/missing"]) {
      const { headers } = await get(path);
      expect(headers["content-security-policy"]).toBe(headerContentSecurityPolicy);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
    }
  });

  it.each([
    ["", "public, max-age=0, must-revalidate"],
    ["pagefind/pagefind-entry.json", "public, max-age=0, must-revalidate"],
    ["pagefind/pagefind.js", "public, max-age=0, must-revalidate"],
    ["pagefind/fragment/ar_17db737.pf_fragment", "public, max-age=31536000, immutable"],
    ["pagefind/pagefind.ar_90f89777d8.pf_meta", "public, max-age=31536000, immutable"],
    ["assets/site.3f2a9c1b.css", "public, max-age=31536000, immutable"],
    ["assets/site.css", "public, max-age=3600"],
  ])("caches /news-archive/%s with %s", async (path, cacheControl) => {
    const response = await get(`/news-archive/${path}`);
    expect(response.headers["cache-control"]).toBe(cacheControl);
  });

  it("gzips text for a client that accepts it, and leaves fonts, wasm and Pagefind files alone", async () => {
    const gzip = { "Accept-Encoding": "gzip, deflate, br" };
    const page = await rawRequest(server.origin, "/news-archive/", "GET", gzip);
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(page.headers["vary"]).toBe("Accept-Encoding");
    expect(gunzipSync(page.bytes).toString("utf8")).toBe(
      readFileSync(path.join(siteDir, "index.html"), "utf8"),
    );
    for (const file of ["pagefind/pagefind.js", "feed.xml", "manifest.webmanifest"]) {
      const response = await rawRequest(server.origin, `/news-archive/${file}`, "GET", gzip);
      expect(response.headers["content-encoding"], file).toBe("gzip");
    }
    for (const file of ["assets/font.woff2", "assets/tiny.wasm", "pagefind/wasm.ar.pagefind"]) {
      const response = await rawRequest(server.origin, `/news-archive/${file}`, "GET", gzip);
      expect(response.headers["content-encoding"], file).toBeUndefined();
      expect(response.bytes.equals(readFileSync(path.join(siteDir, file))), file).toBe(true);
    }
    const refused = await rawRequest(server.origin, "/news-archive/", "GET", {
      "Accept-Encoding": "gzip;q=0, br",
    });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    const plain = await get("/news-archive/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String(plain.bytes.length));
  });

  it("answers HEAD without a body and refuses POST", async () => {
    const head = await get("/news-archive/", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await get("/news-archive/", "POST")).status).toBe(405);
  });
});

describe("createStaticServer at the root", () => {
  it("serves the home page at / and the 404 page for a missing file", async () => {
    const server = await createStaticServer({ root: siteDir });
    try {
      expect(server.url).toBe(`${server.origin}/`);
      expect((await rawRequest(server.origin, "/")).body).toContain("الرئيسية");
      const missing = await rawRequest(server.origin, "/nope.css");
      expect(missing.status).toBe(404);
      expect(missing.body).toContain("الصفحة غير موجودة");
    } finally {
      await server.close();
    }
  });
});

describe("createStaticServer and the hosts' configuration files", () => {
  let server: StaticServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "preview-host-files-"));
    cpSync(siteDir, root, { recursive: true });
    writeFileSync(path.join(root, "_headers"), "/*\n  X-Frame-Options: DENY\n");
    writeFileSync(path.join(root, "_redirects"), "/old /new 301\n");
    server = await createStaticServer({ root, pathPrefix: "/" });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("answers 404 for _headers and _redirects, which hosts read but never serve", async () => {
    for (const file of ["/_headers", "/_redirects", "/%5Fheaders"]) {
      const response = await rawRequest(server.origin, file);
      expect(response.status, file).toBe(404);
      expect(response.body, file).not.toContain("X-Frame-Options");
      expect(response.body, file).not.toContain("/old /new");
    }
    expect((await rawRequest(server.origin, "/")).status).toBe(200);
  });
});
