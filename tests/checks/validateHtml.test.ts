import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateHtml } from "../../src/checks/validateHtml.ts";

const htmlFixtures = fileURLToPath(new URL("../fixtures/checks/html/", import.meta.url));

describe("validateHtml", () => {
  it("reports the duplicate id, the inline style and the img without alt of the invalid page with their lines", async () => {
    const report = await validateHtml(htmlFixtures, ["invalid-page.html"]);
    const found = report.problems.map(
      (problem) => `${problem.file}:${problem.line} ${problem.ruleId}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "invalid-page.html:10 no-dup-id",
        "invalid-page.html:11 no-inline-style",
      ]),
    );
    expect(
      found.some((entry) => entry.startsWith("invalid-page.html:12 ") && /wcag\/h37/.test(entry)),
    ).toBe(true);
    const expectedPath = `${htmlFixtures}invalid-page.expected.json`;
    const actual = `${JSON.stringify(report.problems, null, 2)}\n`;
    if (process.env.UPDATE === "1") writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, "utf8"));
  });

  it("accepts an Arabic page with a long headline title, dir=auto and bdi", async () => {
    const report = await validateHtml(htmlFixtures, ["valid-arabic-page.html"]);
    expect(report.problems).toEqual([]);
  });
});
