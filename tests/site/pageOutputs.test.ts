import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  isPageOutputIntact,
  readPageOutput,
  recordPageOutputs,
} from "../../src/site/pageOutputs.ts";

const outDir = mkdtempSync(path.join(tmpdir(), "page-outputs-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function writePage(href: string, html: string): string {
  const file = path.join(outDir, href, "index.html");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
  return file;
}

describe("isPageOutputIntact", () => {
  const html = '<!doctype html><html lang="ar" dir="rtl"><p>خبر</p></html>\n';

  it("accepts the page the last build wrote, by size alone or by content", () => {
    const file = writePage("/a/", html);
    const recorded = readPageOutput(file);
    expect(isPageOutputIntact(outDir, "/a/", recorded, false)).toBe(true);
    expect(isPageOutputIntact(outDir, "/a/", recorded, true)).toBe(true);
  });

  it("refuses a missing, empty or cut page even without checking content", () => {
    const recorded = readPageOutput(writePage("/b/", html));
    truncateSync(path.join(outDir, "b/index.html"), 0);
    expect(isPageOutputIntact(outDir, "/b/", recorded, false)).toBe(false);
    writePage("/b/", html.slice(0, 20));
    expect(isPageOutputIntact(outDir, "/b/", recorded, false)).toBe(false);
    expect(isPageOutputIntact(outDir, "/missing/", recorded, false)).toBe(false);
    expect(isPageOutputIntact(outDir, "/b/", undefined, false)).toBe(false);
  });

  it("refuses a page of the same size but other bytes only when content is checked", () => {
    const recorded = readPageOutput(writePage("/c/", html));
    writePage("/c/", "x".repeat(Buffer.byteLength(html)));
    expect(isPageOutputIntact(outDir, "/c/", recorded, false)).toBe(true);
    expect(isPageOutputIntact(outDir, "/c/", recorded, true)).toBe(false);
  });
});

describe("recordPageOutputs", () => {
  it("reads back the pages rendered now and keeps the record of the others", () => {
    writePage("/d/", "new");
    writePage("/e/", "unchanged on disk");
    const kept: [number, string] = [99, "recorded-before"];
    const outputs = recordPageOutputs(outDir, ["/d/", "/e/"], new Set(["/d/"]), { "/e/": kept });
    expect(outputs["/d/"]).toEqual(readPageOutput(path.join(outDir, "d/index.html")));
    expect(outputs["/e/"]).toEqual(kept);
  });
});
