import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { statPageOutputs } from "../../src/build/statPageOutputs.ts";

const outDir = mkdtempSync(path.join(tmpdir(), "stat-page-outputs-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("statPageOutputs", () => {
  it("gives each recorded page its output's size now, and undefined for a missing output", async () => {
    mkdirSync(path.join(outDir, "articles/2025/03/a1"), { recursive: true });
    writeFileSync(path.join(outDir, "articles/2025/03/a1/index.html"), "<p>مقال</p>");
    writeFileSync(path.join(outDir, "sitemap-2.xml"), "");
    const sizes = await statPageOutputs(outDir, {
      "/articles/2025/03/a1/": [999, "recorded-before-the-edit"],
      "/sitemap-2.xml": [10, "h"],
      "/articles/2025/03/gone/": [5, "h"],
    });
    expect([...sizes]).toEqual([
      ["/articles/2025/03/a1/", Buffer.byteLength("<p>مقال</p>")],
      ["/sitemap-2.xml", 0],
      ["/articles/2025/03/gone/", undefined],
    ]);
  });
});
