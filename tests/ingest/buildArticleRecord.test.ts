import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { articleFrontMatterSchema } from "../../src/archive/articleFrontMatter.ts";
import { articleId } from "../../src/ingest/articleId.ts";
import { buildArticleRecord } from "../../src/ingest/buildArticleRecord.ts";
import { headlineKey } from "../../src/ingest/headlineKey.ts";
import { parseAttribution, type Attribution } from "../../src/ingest/parseAttribution.ts";
import {
  renderArticleMarkdown,
  renderHeadlineMarkdown,
} from "../../src/ingest/renderArticleMarkdown.ts";
import { bodyExcerpt, countWords } from "../../src/ingest/summarizeBody.ts";

const attribution = parseAttribution("نشر في الحياة يوم 06 - 10 - 2017") as Attribution;
const origin = { scrapedFrom: "a/b.txt", scrapedAt: "2020-05-01T10:00:00.000Z" };

function record(
  title: string,
  body: string[],
  extra: Partial<typeof origin & { url: string; duplicates: string[] }> = {},
) {
  return buildArticleRecord(
    { title, attribution, bodyParagraphs: body, lang: "ar" },
    { ...origin, ...extra },
  );
}

describe("articleId", () => {
  const base = {
    source: "الحياة",
    dateText: "06 - 10 - 2017",
    title: "عنوان",
    bodyParagraphs: ["فقرة."],
  };

  it("gives the same id to the same article whatever its spacing or digit script", () => {
    expect(articleId({ ...base, title: " عنوان\u00a0", dateText: "٠٦ - ١٠ - ٢٠١٧" })).toBe(
      articleId(base),
    );
  });

  it("gives another id when only the date or the body differs", () => {
    const id = articleId(base);
    expect(articleId({ ...base, dateText: "07 - 10 - 2017" })).not.toBe(id);
    expect(articleId({ ...base, bodyParagraphs: ["فقرة أخرى."] })).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe("buildArticleRecord", () => {
  it("fills the front matter in schema order with manifest URL, aggregator and paper", () => {
    const { frontMatter } = record("عنوان", ["فقرة أولى.", "فقرة ثانية."], {
      url: "https://sauress.com/alhayat/573769",
      duplicates: ["c.txt"],
    });
    expect(Object.keys(frontMatter)).toEqual([
      "id",
      "title",
      "source",
      "date",
      "url",
      "aggregator",
      "paper",
      "scrapedFrom",
      "scrapedAt",
      "duplicates",
      "lang",
      "excerpt",
      "words",
    ]);
    expect(frontMatter).toMatchObject({
      aggregator: "sauress.com",
      paper: "alhayat",
      date: "2017-10-06",
      words: 4,
    });
    expect(articleFrontMatterSchema.parse(frontMatter)).toEqual(frontMatter);
    const issueOf = (date: string) =>
      articleFrontMatterSchema.safeParse({ ...frontMatter, date }).error?.issues[0]?.message;
    expect(issueOf("2017-02-31")).toBe("2017-02-31 is not a calendar date (YYYY-MM-DD)");
    expect(issueOf("9999-01-01")).toBe(
      "9999-01-01 is outside the years of archived news (1800–2100)",
    );
    expect(issueOf("10 - 06 - 2017")).toBe("10 - 06 - 2017 is not a calendar date (YYYY-MM-DD)");
  });

  it("records an impossible date as dateProblem and writes no date", () => {
    const bad = parseAttribution("نشر في الحياة يوم 31 - 02 - 2017") as Attribution;
    const { frontMatter } = buildArticleRecord(
      { title: "ع", attribution: bad, bodyParagraphs: [], lang: "ar" },
      origin,
    );
    expect(frontMatter.date).toBeUndefined();
    expect(frontMatter.dateProblem).toBe("31 - 02 - 2017");
  });
});

describe("bodyExcerpt and countWords", () => {
  it("cuts the excerpt at a word boundary near 200 characters and marks the cut", () => {
    const words = Array.from({ length: 80 }, (_, i) => `كلمة${i}`);
    const excerpt = bodyExcerpt([words.join(" ")]);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(words.join(" ").startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(words).toContain(excerpt.slice(0, -1).split(" ").at(-1));
  });

  it("keeps a short body whole and counts words that hold letters or digits", () => {
    expect(bodyExcerpt(["قال:", "«نعم» - 2017"])).toBe("قال: «نعم» - 2017");
    expect(countWords(["قال: «نعم» - 2017", "// انتهى //"])).toBe(4);
  });
});

describe("renderArticleMarkdown", () => {
  it.each([
    'عنوان "مقتبس": نص',
    "--- بداية",
    "@user & *مهم* #وسم",
    "key: value",
    "'single' \"double\" \\ back",
    "yes",
    "2017-10-06",
    "- بند",
    "\u202eمقلوب",
  ])("reads the title %j back exactly with gray-matter", (title) => {
    const { frontMatter, bodyParagraphs } = record(title, ["فقرة."]);
    const markdown = renderArticleMarkdown(frontMatter, bodyParagraphs);
    const back = matter(markdown);
    expect(back.data.title).toBe(title);
    expect(back.data).toEqual(frontMatter);
  });

  it("keeps the date and scrape time strings, not YAML dates", () => {
    const { frontMatter, bodyParagraphs } = record("عنوان", ["فقرة."]);
    const back = matter(renderArticleMarkdown(frontMatter, bodyParagraphs)).data;
    expect(back.date).toBe("2017-10-06");
    expect(back.scrapedAt).toBe("2020-05-01T10:00:00.000Z");
  });

  it("writes the escaped paragraphs after the front matter, one blank line apart", () => {
    const { frontMatter } = record("عنوان", ["# أ", "ب"]);
    expect(renderArticleMarkdown(frontMatter, ["# أ", "ب"]).split("---\n")[2]).toBe("\\# أ\n\nب\n");
  });
});

describe("headlineKey and renderHeadlineMarkdown", () => {
  it("gives the same key whatever the tatweel, diacritics or spaces", () => {
    expect(headlineKey("استشهاد 18 فلسطينيًا في خيامٍ")).toBe(
      headlineKey(" استشـــهاد\u00a018  فلسطينيا في خيام "),
    );
    expect(headlineKey("عنوان أول")).not.toBe(headlineKey("عنوان ثان"));
  });

  it("writes the headline text escaped as the body and in the front matter as is", () => {
    const text = "# عاجل: <b>خبر</b>";
    const markdown = renderHeadlineMarkdown({
      key: headlineKey(text),
      text,
      seen: 2,
      firstSeen: "a",
      lastSeen: "b",
    });
    const back = matter(markdown);
    expect(back.data.text).toBe(text);
    expect(back.content).toBe("\\# عاجل\\: \\<b\\>خبر\\</b\\>\n");
  });
});
