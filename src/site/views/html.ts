// Markup composed in TypeScript: every interpolated value is text unless it is already markup.

/** Markup that `html` inserts as it is: the output of `html`, or `trustedHtml` for rendered Markdown. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

// Nunjucks' own autoescape table (lib.escape), so pages read the same whichever engine wrote them.
const escapes: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
};

/** Escapes text for an element or a quoted attribute, exactly as Nunjucks' autoescape does. */
export function escapeHtml(text: string): string {
  return text.replace(/[&"'<>\\]/g, (ch) => escapes[ch] ?? ch);
}

/** A value `html` can insert: text (escaped), markup, nothing (`undefined`, `false`) or a list of them. */
export type HtmlValue =
  SafeHtml | string | number | undefined | null | false | readonly HtmlValue[];

function insert(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(insert).join("");
  return escapeHtml(String(value));
}

/**
 * Tagged template for markup: the literal parts are markup, every `${value}` is escaped text
 * unless it is SafeHtml (nested views); lists are joined, `undefined` and `false` print nothing.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) markup += insert(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(markup);
}

/** Marks markup made by a trusted renderer (markdown-it with raw HTML off, JSON for a script element). */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
