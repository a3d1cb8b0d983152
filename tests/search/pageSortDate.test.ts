import { describe, expect, it } from "vitest";
import { pageSortDate } from "../../src/search/pageSortDate.ts";

describe("pageSortDate", () => {
  it("reads a date given as the sort attribute's value", () => {
    expect(pageSortDate('<article data-pagefind-sort="date:2017-10-06">')).toBe("2017-10-06");
  });

  it("reads a date given by a time element's datetime attribute", () => {
    expect(
      pageSortDate(
        '<time datetime="2016-12-20" data-pagefind-sort="date[datetime]">20 ديسمبر</time>',
      ),
    ).toBe("2016-12-20");
    expect(
      pageSortDate('<time data-pagefind-sort="date[datetime]" class="d" datetime="2016-12-20">'),
    ).toBe("2016-12-20");
  });

  it("gives no date for a page without a date sort key", () => {
    expect(pageSortDate('<time datetime="2016-12-20">')).toBeUndefined();
  });
});
