import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, type StaticServer } from "../../src/preview/createStaticServer.ts";
import { securityHeaders } from "../../src/publish/securityHeaders.ts";
import { rawRequest } from "../helpers/rawRequest.ts";

// A site folder built on disk for each run: symbolic links cannot live in the repository's fixtures.
let workDir: string;
let siteDir: string;
const outsideSecret = "secret outside the site root";
const megabyte = 1024 * 1024;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), "hostile-clients-"));
  siteDir = path.join(workDir, "_site");
  mkdirSync(path.join(siteDir, "archive"), { recursive: true });
  writeFileSync(path.join(siteDir, "index.html"), "<h1>الرئيسية</h1>\n");
  writeFileSync(path.join(siteDir, "404.html"), "<h1>الصفحة غير موجودة</h1>\n");
  writeFileSync(path.join(siteDir, "archive", "index.html"), "<h1>الأرشيف</h1>\n");
  writeFileSync(path.join(siteDir, "big.bin"), Buffer.alloc(megabyte, 7));
  writeFileSync(path.join(workDir, "secret.txt"), `${outsideSecret}\n`);
  mkdirSync(path.join(workDir, "outside-folder"));
  writeFileSync(path.join(workDir, "outside-folder", "index.html"), `${outsideSecret}\n`);
  symlinkSync("/etc", path.join(siteDir, "etcdir"));
  symlinkSync(path.join(workDir, "secret.txt"), path.join(siteDir, "secret.txt"));
  symlinkSync(path.join(workDir, "outside-folder"), path.join(siteDir, "outside-folder"));
  // A link that stays inside the site is fine, as on a static host that uploads what it points to.
  symlinkSync("archive", path.join(siteDir, "archive-link"));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each([["/"], ["/news-archive/"]])("the preview server under %s", (pathPrefix) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await createStaticServer({ root: siteDir, pathPrefix });
  });
  afterAll(() => server.close());
  const get = (urlPath: string) => rawRequest(server.origin, urlPath);

  it.each([
    ["etcdir/passwd"],
    ["etcdir/hostname"],
    ["secret.txt"],
    ["outside-folder/"],
    ["outside-folder/index.html"],
  ])("serves nothing for %s, whose real path is outside the site", async (rest) => {
    const response = await get(`${pathPrefix}${rest}`);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(outsideSecret);
    expect(response.body).not.toContain("root:");
    expect(response.body).toContain("الصفحة غير موجودة");
  });

  it("does not even redirect a linked folder outside the site to its slashed URL", async () => {
    const response = await get(`${pathPrefix}etcdir`);
    expect(response.status).toBe(404);
    expect(response.headers.location).toBeUndefined();
  });

  it("still serves a symbolic link whose target stays inside the site", async () => {
    const response = await get(`${pathPrefix}archive-link/`);
    expect(response.status).toBe(200);
    expect(response.body).toContain("الأرشيف");
  });

  it.each([
    ["//archive"],
    ["///archive"],
    ["/%2Farchive"],
    ["/%2farchive"],
    ["/\\archive"],
    ["/%5Carchive"],
    ["/\\/archive"],
    ["//evil.example/archive"],
  ])("never redirects %s to another origin", async (attack) => {
    const response = await get(`${pathPrefix.slice(0, -1)}${attack}`);
    const location = response.headers.location;
    if (location === undefined) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      return;
    }
    expect(typeof location).toBe("string");
    // A browser reads `//host` and `/\host` as another host; a same-origin path starts with one `/`.
    expect(location).toMatch(/^\/(?![/\\])/);
    const target = new URL(String(location), server.origin);
    expect(target.origin).toBe(server.origin);
    expect(target.pathname.startsWith(pathPrefix)).toBe(true);
  });

  it("redirects //archive to the folder on the same origin", async () => {
    const response = await get(`${pathPrefix.slice(0, -1)}//archive`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`${pathPrefix}archive/`);
  });
});

/** Writes bytes no HTTP client would send and returns everything the server answers before closing. */
function rawExchange(origin: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("close", () => resolve(answer));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNRESET") resolve(answer);
      else reject(error);
    });
    socket.end(bytes);
  });
}

describe("the preview server's answers to requests it cannot parse", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await createStaticServer({ root: siteDir });
  });
  afterAll(() => server.close());

  // Node answered these itself, with a bare status line and none of the site's headers.
  it.each([
    ["a lower-case method", "get / HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["bytes that are not HTTP", "\u0000\u0001 garbage\r\n\r\n", 400],
    ["a 20,000-character URL", `GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ["an HTTP/1.1 request without Host", "GET / HTTP/1.1\r\n\r\n", 400],
    ["an unknown Expect", "GET / HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\n\r\n", 417],
  ])("answers %s with its status and the security headers", async (_name, bytes, status) => {
    const answer = await rawExchange(server.origin, bytes);
    const [head = ""] = answer.split("\r\n\r\n");
    expect(head.split("\r\n")[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(head).toContain(`\r\n${name}: ${value}`);
    expect((await rawRequest(server.origin, "/")).status).toBe(200);
  });
});

/** Starts a GET, waits for the first bytes of the body, then drops the connection. */
function abortedDownload(origin: string, urlPath: string): Promise<void> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path: urlPath }, (response) => {
      response.once("data", () => {
        outgoing.destroy();
        resolve();
      });
    });
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET") reject(error);
    });
    outgoing.end();
  });
}

function openDescriptors(): number {
  return readdirSync("/proc/self/fd").length;
}

async function settledDescriptors(target: number): Promise<number> {
  let count = openDescriptors();
  for (let attempt = 0; attempt < 50 && count > target; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = openDescriptors();
  }
  return count;
}

describe("the preview server after clients abort downloads", () => {
  it("closes the file of each of 1,000 aborted 1 MB downloads and keeps answering", async () => {
    const server = await createStaticServer({ root: siteDir });
    try {
      // Warm up: the first requests open lazily created handles that stay for the process's life.
      for (let i = 0; i < 5; i++) await abortedDownload(server.origin, "/big.bin");
      const resting = await settledDescriptors(0);
      const tolerance = 10;
      for (let batch = 0; batch < 20; batch++) {
        await Promise.all(
          Array.from({ length: 50 }, () => abortedDownload(server.origin, "/big.bin")),
        );
      }
      const after = await settledDescriptors(resting + tolerance);
      expect(
        after,
        `descriptors: ${resting} at rest, ${after} after 1,000 aborts`,
      ).toBeLessThanOrEqual(resting + tolerance);
      const later = await Promise.all(
        Array.from({ length: 20 }, () => rawRequest(server.origin, "/big.bin")),
      );
      for (const response of later) {
        expect(response.status).toBe(200);
        expect(response.bytes.length).toBe(megabyte);
      }
    } finally {
      await server.close();
    }
  });
});
