import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/archive/readFrontMatter.ts";
import { articleFrontMatterSchema } from "../../src/archive/articleFrontMatter.ts";

// Front matter as ingests before the YAML 1.2 writer fix left it: js-yaml 3 (YAML 1.1) writes
// these hex ids unquoted, and YAML 1.2 reads them as 80277389741 and an overflowed float.
const unquotedIds = [
  "---",
  "id: 08e933515134",
  "title: عنوان",
  "source: الرياض",
  "date: '2010-02-12'",
  "scrapedFrom: 003067_70ee2652e1d9bb01.txt",
  "scrapedAt: '2025-05-13T10:15:33.000Z'",
  "excerpt: نص",
  "words: 125",
  "article: 080277389741",
  "---",
  "نص المقال",
].join("\n");

describe("readFrontMatter", () => {
  it("keeps an unquoted hex id that YAML 1.2 would read as a number as the text that was written", () => {
    const read = readFrontMatter(unquotedIds);
    expect(read.ok && read.data.id).toBe("08e933515134");
    expect(read.ok && read.data.article).toBe("080277389741");
  });

  it("still reads a number written in its own spelling as a number", () => {
    const read = readFrontMatter(unquotedIds);
    expect(read.ok && read.data.words).toBe(125);
  });

  it("lets such an article pass the schema, so it is not dropped from the site", () => {
    const read = readFrontMatter(unquotedIds);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { article: _article, ...fields } = read.data;
    expect(articleFrontMatterSchema.safeParse(fields).success).toBe(true);
  });
});
