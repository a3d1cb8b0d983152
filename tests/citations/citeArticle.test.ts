import { describe, expect, it } from "vitest";
import { citeArticle, type CitedArticle } from "../../src/citations/citeArticle.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";

const config = resolveSiteConfig({ baseUrl: "https://archive.example.org", pathPrefix: "/" });
const seed: CitedArticle = {
  id: "2c0a0067ccde",
  title: "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني",
  source: "الحياة",
  author: "خالد الشهري",
  date: "2017-10-06",
  url: "https://sauress.com/alhayat/573769",
  href: "/articles/2017/10/2c0a0067ccde/",
  scrapedAt: "2025-04-28T05:00:00.000Z",
};
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

/** Splits a BibTeX entry into fields the way BibTeX does: a braced value ends at brace depth 0. */
function parseBibtexFields(entry: string): Map<string, string> {
  const fields = new Map<string, string>();
  const body = entry.slice(entry.indexOf(",") + 1);
  let at = 0;
  for (;;) {
    const match = /\s*([a-z]+) = \{/y;
    match.lastIndex = at;
    const found = match.exec(body);
    if (!found) break;
    let depth = 1;
    let i = match.lastIndex;
    for (; i < body.length && depth > 0; i++) {
      if (body[i] === "{") depth++;
      else if (body[i] === "}") depth--;
    }
    fields.set(found[1] as string, body.slice(match.lastIndex, i - 1));
    at = body[i] === "," ? i + 1 : i;
  }
  expect(body.slice(at).trim(), "text after the last field").toBe("}");
  return fields;
}

describe("citeArticle", () => {
  const citation = citeArticle(seed, config);

  it("writes APA in Arabic order: author, (year، day month), title, newspaper, access date and URLs", () => {
    expect(text(citation.apa)).toBe(
      "خالد الشهري. (2017، 6 أكتوبر). «داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني. الحياة. " +
        "استُرجع في 28 أبريل 2025، من https://archive.example.org/articles/2017/10/2c0a0067ccde/" +
        " (الرابط الأصلي: https://sauress.com/alhayat/573769)",
    );
    expect(citation.apa.filter((p) => p.url).map((p) => p.text)).toEqual([
      "https://archive.example.org/articles/2017/10/2c0a0067ccde/",
      "https://sauress.com/alhayat/573769",
    ]);
  });

  it("writes Chicago with the title in Arabic quotation marks and the date after the newspaper", () => {
    expect(text(citation.chicago)).toBe(
      'خالد الشهري. «"داعش" يتجه لإنشاء "خلافة افتراضية" مقرها الفضاء الإلكتروني». الحياة، 6 أكتوبر 2017. ' +
        "اطُّلع عليه في 28 أبريل 2025. https://archive.example.org/articles/2017/10/2c0a0067ccde/" +
        " (الرابط الأصلي: https://sauress.com/alhayat/573769).",
    );
  });

  it("links the Wayback Machine's capture of the original URL on the article's day", () => {
    expect(citation.waybackUrl).toBe(
      "https://web.archive.org/web/20171006/https://sauress.com/alhayat/573769",
    );
  });

  it("cites an undated article without author «د.ت.» and points the Wayback link at the scrape day", () => {
    const undated = citeArticle({ ...seed, author: undefined, date: undefined }, config);
    expect(text(undated.apa).startsWith(`${seed.title}. (د.ت.). الحياة. `)).toBe(true);
    expect(undated.waybackUrl).toBe(
      "https://web.archive.org/web/20250428/https://sauress.com/alhayat/573769",
    );
    expect(undated.bibtex).not.toMatch(/year|author/);
  });

  it("writes a BibTeX entry whose fields read back as written", () => {
    expect(Object.fromEntries(parseBibtexFields(citation.bibtex))).toEqual({
      author: "خالد الشهري",
      title: seed.title,
      journal: "الحياة",
      year: "2017",
      date: "2017-10-06",
      url: "https://archive.example.org/articles/2017/10/2c0a0067ccde/",
      urldate: "2025-04-28",
      note: "\\url{https://sauress.com/alhayat/573769}",
      language: "arabic",
    });
  });

  it("keeps BibTeX fields closed whatever the title, author or URL holds", () => {
    const hostile = citeArticle(
      {
        ...seed,
        title: "عنوان} @misc{x, title={مزيف}\\ 100% & #1 _a ^b ~c $d {",
        author: "}}}",
        url: "https://example.com/a}b{c\\d e%41",
      },
      config,
    );
    const fields = parseBibtexFields(hostile.bibtex);
    expect(fields.get("title")).toBe(
      "عنوان\\textbraceright{} @misc\\textbraceleft{}x, title=\\textbraceleft{}مزيف\\textbraceright{}\\textbackslash{} " +
        "100\\% \\& \\#1 \\_a \\textasciicircum{}b \\textasciitilde{}c \\$d \\textbraceleft{}",
    );
    expect(fields.get("author")).toBe("\\textbraceright{}\\textbraceright{}\\textbraceright{}");
    expect(fields.get("note")).toBe("\\url{https://example.com/a%7Db%7Bc%5Cd%20e%41}");
    expect([...fields.keys()]).toEqual([
      "author",
      "title",
      "journal",
      "year",
      "date",
      "url",
      "urldate",
      "note",
      "language",
    ]);
  });
});
