import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchFileKind, startCountingServer } from "../../src/bench/countingServer.ts";

let root: string;
const chunk = "pagefind/shards/2006/index/ar_5dbbcad.pf_index";

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "counting-server-"));
  await mkdir(path.join(root, "pagefind/shards/2006/index"), { recursive: true });
  // Pagefind's index files are compressed already: counted at their size on disk.
  await writeFile(path.join(root, chunk), Buffer.alloc(1000, 7));
  await writeFile(path.join(root, "pagefind/shards/2006/pagefind-entry.json"), "{}");
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the find-the-story counting server", () => {
  it("counts a file a page fetched before as cached, and a URL with a query string in full", async () => {
    const server = await startCountingServer(root, { browserCache: true });
    try {
      const get = (file: string) => fetch(`${server.origin}/${file}`).then((r) => r.arrayBuffer());
      await get(chunk);
      expect(server.take()).toEqual({ bytes: 1000, requests: 1, byKind: { index: 1000 } });
      await get(chunk);
      expect(server.take()).toEqual({ bytes: 0, requests: 1, byKind: { index: 0 } });

      const entry = "pagefind/shards/2006/pagefind-entry.json?ts=1";
      await get(entry);
      await get(entry);
      expect(server.take().byKind.entry).toBeGreaterThan(2 * "{}".length);
    } finally {
      await server.close();
    }
  });

  it("forgets what a discarded fetch brought into the cache, and caches nothing without browserCache", async () => {
    const cached = await startCountingServer(root, { browserCache: true });
    const plain = await startCountingServer(root);
    try {
      for (const server of [cached, plain]) {
        await fetch(`${server.origin}/${chunk}`).then((r) => r.arrayBuffer());
        server.discard();
        await fetch(`${server.origin}/${chunk}`).then((r) => r.arrayBuffer());
        await fetch(`${server.origin}/${chunk}`).then((r) => r.arrayBuffer());
      }
      expect(cached.take().bytes).toBe(1000);
      expect(plain.take().bytes).toBe(2000);
    } finally {
      await cached.close();
      await plain.close();
    }
  });

  it("forgets every cached file when asked, as a fresh page would have none", async () => {
    const server = await startCountingServer(root, { browserCache: true });
    try {
      const get = () => fetch(`${server.origin}/${chunk}`).then((r) => r.arrayBuffer());
      await get();
      await get();
      expect(server.take().bytes).toBe(1000);
      server.forgetCache();
      await get();
      await get();
      expect(server.take().bytes).toBe(1000);
    } finally {
      await server.close();
    }
  });

  it("names the kind of each search file", () => {
    expect(
      [
        "/pagefind/terms/12.json",
        "/pagefind/shards.json",
        "/pagefind/shards/2006/pagefind-entry.json",
        "/pagefind/shards/2006/pagefind.ar_37df6d2ccf.pf_meta",
        "/pagefind/shards/2006/filter/ar_648f0a2.pf_filter",
        "/pagefind/shards/2006/index/ar_5dbbcad.pf_index",
        "/pagefind/shards/2006/fragment/ar_17db737.pf_fragment",
        "/pagefind/shards/2006/wasm.ar.pagefind",
        "/search/search.js",
      ].map(searchFileKind),
    ).toEqual([
      "directory",
      "manifest",
      "entry",
      "meta",
      "filter",
      "index",
      "fragment",
      "wasm",
      "runtime",
    ]);
  });
});
