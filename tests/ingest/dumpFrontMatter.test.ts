import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/archive/readFrontMatter.ts";
import { dumpFrontMatter } from "../../src/ingest/dumpFrontMatter.ts";

const fixturesDir = join(import.meta.dirname, "..", "fixtures", "ingest");

// What ingest wrote before dumpFrontMatter: gray-matter's stringify of a file object.
function grayMatterYaml(data: Record<string, unknown>): string {
  const file = { content: "", data: {} } as unknown as Parameters<typeof matter.stringify>[0];
  const text = matter.stringify(file, data, { lineWidth: -1 } as never);
  return text.slice("---\n".length, text.lastIndexOf("\n---\n"));
}

// Values at the edges of js-yaml's choice between plain, single- and double-quoted text.
const trickyValues: unknown[] = [
  "الحكومة تعلن خطة جديدة",
  "وزير الحرس: ما تحقق مبعث فخر",
  "عنوان # مع علامة",
  "عنوان, بفاصلة",
  "عنوان [بين] {أقواس}",
  "عنوان ينتهي بمسافة ",
  "«الحياة»",
  '"اقتباس"',
  "- شرطة",
  "31 - 02 - 2017",
  "نص\nبسطرين",
  "نص\tبجدولة",
  "نص\u200fباتجاه",
  "نص\ufeffبعلامة",
  "نص 'بفاصلة علوية'",
  "2010-01-07",
  "2025-05-01T04:40:55.000Z",
  "https://sauress.com/okaz/196669",
  "https://example.com/it's",
  "000612_87491300c99d5835.txt",
  "2010/01/0a1b2c3d4e5f.txt",
  "01074e7a5c92",
  "0123456789ab",
  "0b1010101010",
  "1e5234567890",
  "0x12",
  "080277389741",
  "08e933515134",
  "0o17",
  "-0",
  "sauress.com",
  "okaz",
  "ar",
  "no",
  "Yes",
  "null",
  "True",
  "n",
  ".inf",
  "~",
  "",
  " مسافة أولى",
  0,
  272,
  -3,
  1.5,
  ["a.txt", "b.txt"],
  ["sauress.com"],
  [],
];

// Ids js-yaml 3 (YAML 1.1) leaves unquoted although YAML 1.2 reads them as numbers.
const yaml12Numbers = new Set(["080277389741", "08e933515134", "0o17"]);

describe("dumpFrontMatter", () => {
  it("writes every tricky value exactly as gray-matter's js-yaml does, except text YAML 1.2 reads as a number", () => {
    for (const value of trickyValues) {
      const data = { id: "01074e7a5c92", field: value, words: 3 };
      const expected = yaml12Numbers.has(value as string)
        ? `id: 01074e7a5c92\nfield: '${value as string}'\nwords: 3`
        : grayMatterYaml(data);
      expect(dumpFrontMatter(data), JSON.stringify(value)).toBe(expected);
    }
  });

  it("writes every tricky value so that the site's YAML 1.2 reader reads it back unchanged", () => {
    for (const value of trickyValues) {
      const data = { id: "01074e7a5c92", field: value, words: 3 };
      const read = readFrontMatter(`---\n${dumpFrontMatter(data)}\n---\n`);
      expect(read, JSON.stringify(value)).toEqual({ ok: true, data });
    }
  });

  it("writes the front matter of every ingest fixture exactly as gray-matter does", () => {
    let checked = 0;
    for (const name of readdirSync(fixturesDir)) {
      const expected = join(fixturesDir, name, "expected.md");
      if (!existsSync(expected)) continue;
      const { data } = matter(readFileSync(expected, "utf8"));
      expect(dumpFrontMatter(data), name).toBe(grayMatterYaml(data));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
