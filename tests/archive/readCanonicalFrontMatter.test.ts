import { describe, expect, it } from "vitest";
import { readCanonicalFrontMatter } from "../../src/archive/readCanonicalFrontMatter.ts";
import { readFrontMatter } from "../../src/archive/readFrontMatter.ts";
import { createPrng } from "../../src/corpus/createPrng.ts";
import { compareWithYaml } from "./canonicalFrontMatterAgreement.ts";

const article = [
  "id: 9faae391cfc3",
  "title: شركة زبيشة القابضة فإن أساخا أبدى أكررت كبيرة",
  "source: الوطن",
  "date: '2010-11-13'",
  "url: 'https://sauress.com/alwatan/141220'",
  "aggregator: sauress.com",
  "scrapedFrom: خبر 019018 - alwatan.txt",
  "scrapedAt: '2025-07-29T12:06:13.000Z'",
  "generated: true",
  "lang: ar",
  "excerpt: شهدت الدقوص يوم 13 نوفمبر الجاري مجمعه على الحلقان الحكومية، اتخذ فإن…",
  "words: 136",
  "",
].join("\n");

const headline = [
  "key: fffcf96f1dfb",
  "text: .. برابض أوذيلت 1.8 مليون كاس ورغبا إسبانيا",
  "seen: 138",
  "firstSeen: '2025-05-17T03:03:37.000Z'",
  "aggregators:",
  "  - sauress.com",
  "  - maghress.com",
  "article: 029a23f0b760",
  "",
].join("\n");

const long = "كلمة ".repeat(2_000).trim();

// [what it is, the block between the fences, what the hand reader must do with it]
const cases: [string, string, "read" | "declined"][] = [
  ["an article as ingest writes it", article, "read"],
  ["a headline with its aggregators list", headline, "read"],
  ["a title in guillemets and brackets", "title: «عنوان» (تقرير) وخبر\n", "read"],
  ["a title with ASCII double quotes inside", 'title: قال "نعم" للخطة\n', "read"],
  ["a hex id that starts with a digit", "id: 0ff0a5df1ce0\n", "read"],
  ["zero and the largest safe integer", "a: 0\nb: 9007199254740991\n", "read"],
  ["booleans as YAML writes them", "a: true\nb: false\n", "read"],
  ["an empty quoted text", "title: ''\n", "read"],
  ["a quoted text with # and : inside", "title: 'a #b: c'\n", "read"],
  ["a 10 kB value", `excerpt: ${long}\n`, "read"],
  ["fields named like Object's own methods", "constructor: a\ntoString: b\nvalueOf: c\n", "read"],
  ["--- inside a value", "title: نص --- نص\n", "read"],
  ["a right-to-left mark first", "title: \u200fنص\n", "read"],
  ["an emoji (a surrogate pair)", "title: نص 😀\n", "read"],
  ["a quoted text holding a quote", "key: 'a''b'\n", "declined"],
  ["True with a capital", "title: True\n", "declined"],
  ["TRUE", "title: TRUE\n", "declined"],
  ["Null", "title: Null\n", "declined"],
  ["null", "title: null\n", "declined"],
  ["nULL (text for yaml, declined anyway)", "title: nULL\n", "declined"],
  ["a leading zero", "words: 0123\n", "declined"],
  ["an exponent", "words: 1e3\n", "declined"],
  ["a float", "words: 1.5\n", "declined"],
  ["a float without a leading digit", "words: .5\n", "declined"],
  ["hex and octal", "a: 0x1F\nb: 0o17\n", "declined"],
  ["a negative and a signed number", "a: -3\nb: +3\n", "declined"],
  ["an unsafe integer", "words: 9007199254740993\n", "declined"],
  ["a number-like id", "id: 08e933515134\n", "declined"],
  ["infinity and not-a-number", "a: .inf\nb: .NaN\n", "declined"],
  ["a nested mapping", "x: a: b\n", "declined"],
  ["a trailing colon", "x: a:\n", "declined"],
  ["a colon without a space", "x: 1:20\n", "declined"],
  ["a comment", "x: a #c\n", "declined"],
  ["a hash", "x: a#c\n", "declined"],
  ["a flow sequence", "x: [a]\n", "declined"],
  ["a flow mapping", "x: {a: 1}\n", "declined"],
  ["an anchor", "x: &a b\n", "declined"],
  ["an alias", "x: &a b\ny: *a\n", "declined"],
  ["a tag", "x: !!str b\n", "declined"],
  ["a block scalar", "x: |\n  b\n", "declined"],
  ["a folded scalar", "x: >\n  b\n", "declined"],
  ["double quotes", 'x: "b"\n', "declined"],
  ["a comment after quotes", "x: 'b' #c\n", "declined"],
  ["an unclosed quote", "x: 'b\n", "declined"],
  ["a trailing space", "x: b \n", "declined"],
  ["two spaces after the colon", "x:  b\n", "declined"],
  ["a tab after the colon", "x:\tb\n", "declined"],
  ["a tab inside", "x: a\tb\n", "declined"],
  ["duplicate keys", "x: a\nx: b\n", "declined"],
  ["__proto__", "__proto__: x\n", "declined"],
  ["a key yaml reads as null", "null: x\n", "declined"],
  ["a key yaml reads as true", "True: x\n", "declined"],
  ["a list with - at column 0", "a:\n- x\n", "declined"],
  ["a key with no list", "a:\nb: c\n", "declined"],
  ["a key with no list at the end", "b: c\na:\n", "declined"],
  ["a list item after a value", "a: x\n  - y\n", "declined"],
  ["a continuation line", "a: x\n b\n", "declined"],
  ["an empty list item", "a:\n  -\n", "declined"],
  ["a nested list item", "a:\n  - - x\n", "declined"],
  ["NBSP first", "x: \u00a0b\n", "declined"],
  ["NBSP last", "x: b\u00a0\n", "declined"],
  ["a line separator inside", "x: a\u2028b\n", "declined"],
  ["NEL inside", "x: a\u0085b\n", "declined"],
  ["a byte-order mark first", "x: \ufeffb\n", "declined"],
  ["a lone surrogate", "x: a\ud800b\n", "declined"],
  ["a carriage return", "x: a\rb\n", "declined"],
  ["a value that is ---", "x: ---\n", "declined"],
  ["a dash first", "x: -b\n", "declined"],
  ["a question mark first", "x: ? b\n", "declined"],
  ["an at sign first", "x: @b\n", "declined"],
  ["a blank line", "a: x\n\nb: y\n", "declined"],
  ["a comment line", "# c\na: x\n", "declined"],
  ["a key of 1,100 letters", `${"k".repeat(1100)}: x\n`, "declined"],
  ["a directive", "%YAML 1.2\na: x\n", "declined"],
  ["a document end", "a: x\n...\n", "declined"],
  ["a key with a hyphen", "my-key: x\n", "declined"],
  ["a key that starts with a digit", "1a: x\n", "declined"],
  ["no final line feed", "a: x", "declined"],
  ["an empty block", "", "declined"],
  ["a value with nothing after the space", "a: \n", "declined"],
];

describe("readCanonicalFrontMatter", () => {
  it.each(cases)("on %s: %#, reads what yaml reads or declines", (_what, matter, expected) => {
    const agreement = compareWithYaml(matter);
    expect(agreement).toEqual(
      expected === "read" ? { outcome: "read", agrees: true } : { outcome: "declined" },
    );
  });

  it("reads an article's fields as text, numbers and booleans, and a headline's list", () => {
    expect(readCanonicalFrontMatter(article)).toMatchObject({
      id: "9faae391cfc3",
      date: "2010-11-13",
      scrapedFrom: "خبر 019018 - alwatan.txt",
      generated: true,
      words: 136,
    });
    expect(readCanonicalFrontMatter(headline)).toMatchObject({
      text: ".. برابض أوذيلت 1.8 مليون كاس ورغبا إسبانيا",
      aggregators: ["sauress.com", "maghress.com"],
    });
  });

  it("still lets readFrontMatter refuse what yaml refuses after the hand reader declines", () => {
    expect(readFrontMatter("---\nx: a\nx: b\n---\n")).toMatchObject({
      ok: false,
      message: /^unreadable front matter: Map keys must be unique/,
    });
  });

  it("agrees with yaml on 10,000 random blocks mixing the canonical shape with YAML's traps", () => {
    const prng = createPrng("readCanonicalFrontMatter-fuzz");
    const ordinary = [
      ...'abcxyzAZ0123456789 .-"()',
      "ا",
      "ل",
      "ي",
      "«",
      "»",
      "،",
      "؟",
      "٣",
      "😀",
      "…",
    ];
    const traps = [
      ...["\t", "\u00a0", "\u3000", "\u2028", "\u0085", "\ufeff", "\ud800", "\u200f", "\r"],
      ...[":", ": ", "#", " #", "'", "''", "- ", "..", "?", "!", "&", "*", "|", ">", "%", "@"],
      ...["`", ",", "[", "]", "{", "}", "\\", "~", "=", ";", "/", "_", "+", "---", "..."],
      ...["true", "True", "false", "null", "Null", "~", "0", "007", "1e3", ".5", "0x1F", ".inf"],
    ];
    const randomScalar = (): string => {
      const length = prng.int(0, 8);
      const text = Array.from({ length }, () =>
        prng.pick(prng.chance(0.95) ? ordinary : traps),
      ).join("");
      return prng.chance(0.2) ? `'${text}'` : text;
    };
    const keys = ["id", "title", "words", "constructor", "a1", "x"];
    const trapKeys = ["null", "True", "k_y", "__proto__", "id"];
    const randomBlock = (): string => {
      const lines: string[] = [];
      const chosen = [
        ...keys.filter(() => prng.chance(0.4)),
        ...trapKeys.filter(() => prng.chance(0.02)),
      ];
      for (const key of chosen) {
        const separator = prng.weighted<string>([
          [": ", 20],
          [":", 1],
          [":  ", 1],
          [" : ", 1],
        ]);
        if (prng.chance(0.2)) {
          lines.push(`${key}:`);
          for (let i = prng.int(0, 3); i > 0; i--)
            lines.push(
              `${prng.weighted<string>([
                ["  - ", 20],
                ["- ", 1],
                ["   - ", 1],
              ])}${randomScalar()}`,
            );
        } else lines.push(`${key}${separator}${randomScalar()}`);
        if (prng.chance(0.03)) lines.push(prng.pick(["", "# c", " more", "...", lines[0] ?? ""]));
      }
      return `${lines.join("\n")}\n`;
    };
    let read = 0;
    const disagreements: unknown[] = [];
    for (let i = 0; i < 10_000; i++) {
      const agreement = compareWithYaml(randomBlock());
      if (agreement.outcome === "read") read++;
      if (agreement.outcome === "read" && !agreement.agrees) disagreements.push(agreement);
    }
    expect(disagreements).toEqual([]);
    // The hand reader must be exercised, not only decline.
    expect(read).toBeGreaterThan(1_000);
  });
});
