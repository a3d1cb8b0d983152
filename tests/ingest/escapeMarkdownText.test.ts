import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdownText, paragraphsToMarkdown } from "../../src/ingest/escapeMarkdownText.ts";

const md = new MarkdownIt({ html: false });

/** Renders Markdown and returns the text of the rendered HTML with its entities decoded. */
function renderedText(markdown: string): string {
  const tokens = md.parse(markdown, {});
  let text = "";
  const walk = (list: ReturnType<typeof md.parse>): void => {
    for (const token of list) {
      if (token.children) walk(token.children);
      else if (token.type === "text" || token.type === "text_special") text += token.content;
      else if (token.type === "softbreak") text += "\n";
      else if (token.type === "hardbreak") text += "<hardbreak>";
      else if (
        token.type === "code_inline" ||
        token.type === "code_block" ||
        token.type === "fence"
      ) {
        text += `<code>${token.content}`;
      } else if (token.type === "html_inline" || token.type === "html_block")
        text += `<html>${token.content}`;
    }
  };
  walk(tokens);
  return text;
}

function blockTypes(markdown: string): string[] {
  return md
    .parse(markdown, {})
    .filter((t) => t.nesting !== -1 && t.level === 0)
    .map((t) => t.type);
}

const NASTY = [
  "# ليس عنوانا",
  "## عنوان؟",
  "- بند",
  "+ بند",
  "* بند",
  "1. أول",
  "2017) سنة",
  "> اقتباس",
  "| a | b |\n|---|---|",
  "```js\nalert(1)\n```",
  "~~~",
  "`كود`",
  "*مائل* و **عريض** و _خط_",
  "<script>alert('x')</script>",
  '<img src=x onerror="alert(1)">',
  "<!-- تعليق -->",
  "{{ site.title }} و {% include x %}",
  "&amp; &lt; &#65; &copy",
  "[رابط](http://example.com) ![صورة](x.png)",
  "<http://example.com>",
  "سطر ينتهي بشرطة مائلة \\",
  "---",
  "***",
  "===",
  "    مسافة بادئة كأنها كود",
  "\u00a0\u00a0نص يبدأ بمسافة لا تنكسر\u00a0",
  "\ttab",
  "سطران\nفي فقرة",
  "// انتهى //",
  "a\\*b\\\\c",
  "نص $x^2$ و ~~شطب~~ و [^1] و :::",
  "[ref]: http://example.com",
  "نشر في الحياة يوم 06 - 10 - 2017",
];

describe("escapeMarkdownText", () => {
  it.each(NASTY)("renders %j as exactly that text and nothing else", (input) => {
    const markdown = escapeMarkdownText(input);
    expect(renderedText(markdown)).toBe(input);
    expect(blockTypes(markdown)).toEqual(["paragraph_open"]);
  });

  it("renders random strings of ASCII punctuation, digits and Arabic letters literally", () => {
    const alphabet = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ 0123456789 اب\u00a0";
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 500; n++) {
      let input = "";
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) input += alphabet[Math.floor(next() * alphabet.length)];
      if (input.trim() === "") continue;
      expect(renderedText(escapeMarkdownText(input)), JSON.stringify(input)).toBe(input);
    }
  });

  it("leaves Arabic prose with commas and full stops readable", () => {
    expect(escapeMarkdownText("قال الوزير: «لا»، ثم غادر.")).toBe("قال الوزير\\: «لا»، ثم غادر.");
  });

  it("joins paragraphs with one blank line so each renders as its own paragraph", () => {
    const markdown = paragraphsToMarkdown(["# أول", "- ثان"]);
    expect(markdown).toBe("\\# أول\n\n\\- ثان\n");
    expect(md.render(markdown)).toBe("<p># أول</p>\n<p>- ثان</p>\n");
  });
});
