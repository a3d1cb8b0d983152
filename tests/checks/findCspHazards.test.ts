import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCspHazards } from "../../src/checks/findCspHazards.ts";
import { metaContentSecurityPolicy } from "../../src/site/contentSecurityPolicy.ts";

const page = readFileSync(
  new URL("../fixtures/checks/html/csp-hazards.html", import.meta.url),
  "utf8",
);
const validPage = readFileSync(
  new URL("../fixtures/checks/html/valid-arabic-page.html", import.meta.url),
  "utf8",
);

describe("findCspHazards", () => {
  it("reports the loose CSP meta tag, the refresh, the <style>, the style and onclick attributes and the inline script with their lines", () => {
    expect(findCspHazards(page, metaContentSecurityPolicy)).toEqual([
      { line: 5, problem: "CSP meta tag differs from the site policy: default-src *" },
      { line: 6, problem: "<meta http-equiv=refresh> navigates on its own" },
      { line: 8, problem: "<style> element (blocked by style-src 'self')" },
      { line: 13, problem: "style attribute on <h1> (blocked by style-src 'self')" },
      { line: 14, problem: "onclick handler on <button> (blocked by script-src)" },
      { line: 17, problem: "inline <script> (blocked by script-src 'self')" },
    ]);
  });

  it("accepts JSON-LD and external scripts but reports a page without the CSP meta tag", () => {
    expect(findCspHazards(validPage, metaContentSecurityPolicy)).toEqual([
      {
        line: 1,
        problem:
          'no <meta http-equiv="Content-Security-Policy"> (hosts without headers rely on it)',
      },
    ]);
  });
});
