// Views written in TypeScript escape every value they insert, byte for byte as Nunjucks'
// autoescape does, so a page reads the same whichever engine wrote it.
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, trustedHtml } from "../../src/site/views/html.ts";
import { breadcrumbView } from "../../src/site/views/breadcrumbView.ts";
import { prevNext } from "../../src/site/views/prevNext.ts";

const hostile = [
  `<script>alert("x")</script>`,
  `" onmouseover="alert(1)`,
  `' autofocus onfocus='x`,
  `&amp; already escaped &lt;b&gt;`,
  `C:\\path\\to {{ site.title }} {% include "x" %}`,
  `عنوان «مقتبس» & <b>غامق</b>`,
];

describe("html views", () => {
  const env = new nunjucks.Environment(null, { autoescape: true });

  it.each(hostile)("escapes %j exactly as a Nunjucks {{ value }} does", (value) => {
    expect(escapeHtml(value)).toBe(env.renderString("{{ value }}", { value }));
    expect(html`<p title="${value}">${value}</p>`.markup).toBe(
      env.renderString(`<p title="{{ value }}">{{ value }}</p>`, { value }),
    );
  });

  it("inserts nested views and trusted markup as markup, and joins lists", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}${[html`<br>`, "<&>"]}${trustedHtml("<hr>")}</p>`.markup).toBe(
      "<p><b>&lt;i&gt;</b><br>&lt;&amp;&gt;<hr></p>",
    );
  });

  it("prints nothing for undefined, null and false, and numbers as written", () => {
    expect(html`[${undefined}${null}${false}${0}${12}]`.markup).toBe("[012]");
  });

  it("keeps a crumb label that looks like markup as text inside the breadcrumb", () => {
    const markup = breadcrumbView([
      { href: `/x/"y"/`, label: `<img src=x onerror=alert(1)>` },
    ]).markup;
    expect(markup).toContain(`href="/x/&quot;y&quot;/"`);
    expect(markup).toContain("<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>");
    expect(markup).not.toContain("<img");
  });

  it("names both neighbours of a day with their labels as text", () => {
    const markup = prevNext(
      { previous: { href: "/a/", label: "<أمس>" }, next: undefined },
      "اليوم",
      "",
    ).markup;
    expect(markup).toContain(
      `<a href="/a/" rel="prev"><span>→ اليوم السابق</span> &lt;أمس&gt;</a>`,
    );
    expect(markup).toContain("<span></span>");
  });
});
