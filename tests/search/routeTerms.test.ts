import { describe, expect, it } from "vitest";
import {
  decodeShardSet,
  encodeShardSet,
  routeBucket,
  routeWordMatches,
  routeWordsOf,
} from "../../src/search/routeTerms.ts";

describe("routeWordsOf", () => {
  it("lists each word in the forms a query can take, prefixes stripped and spelling folded", () => {
    expect([...routeWordsOf("والحكومة لمدينة المسؤول")].sort()).toEqual(
      ["حكومه", "لمدينه", "مدينه", "مسءول"].sort(),
    );
  });
});

describe("routeWordMatches", () => {
  it("lets a query word match longer words it begins, as Pagefind does", () => {
    expect(routeWordMatches("حكوم", "حكومات")).toBe(true);
  });

  it("lets one stem with known endings meet: حكومه, حكومات, حكوميه, مسءول and مسءوليات", () => {
    expect(routeWordMatches("حكومه", "حكومات")).toBe(true);
    expect(routeWordMatches("حكومه", "حكوميه")).toBe(true);
    expect(routeWordMatches("مسءوليات", "مسءول")).toBe(true);
  });

  it("keeps words apart that only share their first letters: زرقاوي is not زرقاء, كتاب is not كتيبه", () => {
    expect(routeWordMatches("زرقاوي", "زرقاء")).toBe(false);
    expect(routeWordMatches("كتاب", "كتيبه")).toBe(false);
  });
});

describe("routeBucket", () => {
  it("puts words with the same first three letters in the same file, and short words in none", () => {
    expect(routeBucket("حكومه", 50)).toBe(routeBucket("حكوميات", 50));
    expect(routeBucket("حك", 50)).toBeUndefined();
  });
});

describe("shard sets", () => {
  it("round-trips shard indexes through the hex bit set", () => {
    expect(encodeShardSet([0, 5, 17])).toBe("12002");
    expect(decodeShardSet(encodeShardSet([0, 5, 17]))).toEqual([0, 5, 17]);
  });
});
