// Bodies edited by hand may hold any Markdown: each case's input.md must render to the
// expected.html beside it (UPDATE=1 rewrites them). Scraped text arrives escaped by ingest; these
// are what a person can type.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMarkdown, stripFrontMatter } from "../../src/site/renderArticleBody.ts";

const casesDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/site/article-bodies",
);
const cases = readdirSync(casesDir).sort();

describe("an article body renders to the HTML stored beside it", () => {
  it.each(cases)("%s", (name) => {
    const html = renderMarkdown(
      stripFrontMatter(readFileSync(path.join(casesDir, name, "input.md"), "utf8")),
    );
    const expectedFile = path.join(casesDir, name, "expected.html");
    if (process.env.UPDATE === "1") writeFileSync(expectedFile, html);
    expect(existsSync(expectedFile)).toBe(true);
    expect(html).toBe(readFileSync(expectedFile, "utf8"));
  });

  it('gives every link to another site rel="nofollow noopener noreferrer", and no other link', () => {
    const html = renderMarkdown(
      stripFrontMatter(readFileSync(path.join(casesDir, "links", "input.md"), "utf8")),
    );
    const anchors = [...html.matchAll(/<a ([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(anchors.length).toBe(7);
    for (const attributes of anchors) {
      const external = /href="(https?:)?\/\//.test(attributes);
      expect(attributes.includes('rel="nofollow noopener noreferrer"'), attributes).toBe(external);
    }
  });
});
