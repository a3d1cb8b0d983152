import { describe, expect, it } from "vitest";
import { readFrontMatter, splitFrontMatter } from "../../src/archive/readFrontMatter.ts";
import { articleFrontMatterSchema } from "../../src/archive/articleFrontMatter.ts";

describe("readFrontMatter", () => {
  it("reads plain YAML and keeps an unquoted date as the string that was written", () => {
    expect(readFrontMatter("---\nid: abc\ndate: 2017-02-28\nwords: 3\n---\nنص\n")).toEqual({
      ok: true,
      data: { id: "abc", date: "2017-02-28", words: 3 },
    });
  });

  it.each(["js", "javascript", "coffee", "json", "toml"])(
    "refuses ---%s front matter without reading it",
    (language) => {
      expect(readFrontMatter(`---${language}\n{"id": "abc"}\n---\n`)).toEqual({
        ok: false,
        message: `front matter must be YAML (found "---${language}")`,
      });
    },
  );

  it.each([
    ["!!js/function 'function () {}'"],
    ["!!binary aGVsbG8="],
    ["!!timestamp 2017-02-31"],
    ["!!set {a, b}"],
    ["!custom value"],
  ])("refuses the YAML tag in `title: %s` instead of building anything", (value) => {
    const read = readFrontMatter(`---\ntitle: ${value}\n---\n`);
    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(/^unreadable front matter: Unresolved tag/),
    });
  });

  it("names a duplicate key in one line that ends with the place, not a dangling colon", () => {
    expect(readFrontMatter("---\ntitle: أ\nid: abc\ntitle: ب\n---\n")).toEqual({
      ok: false,
      message: "unreadable front matter: Map keys must be unique at line 3, column 1",
    });
  });

  it("refuses a YAML alias bomb (billion laughs) as one file's problem instead of throwing", () => {
    const bomb = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
    ])
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    const read = () => readFrontMatter(`---\n${bomb.join("\n")}\nid: abc\n---\nنص\n`);
    expect(read).not.toThrow();
    expect(read()).toEqual({
      ok: false,
      message: "unreadable front matter: too many YAML aliases (a resource exhaustion attack?)",
    });
  });

  it("drops control characters typed or escaped into a field, as the feeds do", () => {
    expect(readFrontMatter('---\ntitle: "خبر\\x01 عاجل\\uFFFE"\nauthor: أ\x1bب\n---\n')).toEqual({
      ok: true,
      data: { title: "خبر عاجل", author: "أب" },
    });
  });

  it("refuses a file without front matter and front matter that is not a mapping", () => {
    expect(readFrontMatter("نص بلا بيانات\n")).toMatchObject({
      ok: false,
      message: /no front matter/,
    });
    expect(readFrontMatter("---\n- a\n- b\n---\n")).toMatchObject({
      ok: false,
      message: /mapping/,
    });
  });

  it("cuts the body after the closing fence, with a BOM and CRLF line ends", () => {
    expect(splitFrontMatter("\uFEFF---\r\nid: a\r\n---\r\nسطر أول\r\n\r\nسطر ثان\r\n")).toEqual({
      language: "",
      matter: "id: a\n",
      body: "سطر أول\n\nسطر ثان\n",
    });
  });
});

describe("articleFrontMatterSchema", () => {
  const valid = {
    id: "0123456789ab",
    title: "خبر",
    source: "الحياة",
    scrapedFrom: "a.txt",
    scrapedAt: "2025-01-01T00:00:00.000Z",
    excerpt: "نص",
    words: 1,
  };

  it.each(["2017-02-31", "2017-13-45", "2017-00-10", "2019-02-29", "0000-01-01"])(
    "refuses the date %s, which does not exist",
    (date) => {
      expect(articleFrontMatterSchema.safeParse({ ...valid, date }).success).toBe(false);
    },
  );

  it.each(["ar", "fr", "en-GB", "ar-u-nu-arab"])("accepts the language tag %s", (lang) => {
    expect(articleFrontMatterSchema.safeParse({ ...valid, lang }).success).toBe(true);
  });

  it.each(['x" onload="alert(1)', "", "ar fr", "<b>", "عربي", "a".repeat(40)])(
    "refuses %j as a language: it becomes the lang attribute and JSON-LD inLanguage",
    (lang) => {
      expect(articleFrontMatterSchema.safeParse({ ...valid, lang }).success).toBe(false);
    },
  );

  it("accepts 29 February of a leap year", () => {
    expect(articleFrontMatterSchema.safeParse({ ...valid, date: "2020-02-29" }).success).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,x",
    "ftp://a.b/c",
    "//evil.example/x",
    "sauress.com/a",
  ])("refuses the source URL %s", (url) => {
    expect(articleFrontMatterSchema.safeParse({ ...valid, url }).success).toBe(false);
  });

  it("accepts an https source URL", () => {
    const url = "https://sauress.com/alhayat/573769";
    expect(articleFrontMatterSchema.parse({ ...valid, url }).url).toBe(url);
  });
});
