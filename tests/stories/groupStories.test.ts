import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/stories/groupStories.ts";

describe("groupStories", () => {
  const articles = [
    { id: "cccccccccccc", date: "2020-01-03" },
    { id: "aaaaaaaaaaaa", date: "2020-01-02" },
    { id: "bbbbbbbbbbbb", date: "2020-01-02" },
    { id: "dddddddddddd", date: undefined },
    { id: "eeeeeeeeeeee", date: "2020-01-01" },
  ];

  it("joins chains of pairs into one story named after its earliest article, ties by id", () => {
    const stories = groupStories(articles, [
      ["bbbbbbbbbbbb", "cccccccccccc"],
      ["aaaaaaaaaaaa", "cccccccccccc"],
    ]);
    expect(Object.fromEntries(stories)).toEqual({
      cccccccccccc: "aaaaaaaaaaaa",
      aaaaaaaaaaaa: "aaaaaaaaaaaa",
      bbbbbbbbbbbb: "aaaaaaaaaaaa",
      dddddddddddd: "dddddddddddd",
      eeeeeeeeeeee: "eeeeeeeeeeee",
    });
  });

  it("gives the same stories whatever the order of articles and pairs", () => {
    const pairs: [string, string][] = [
      ["aaaaaaaaaaaa", "eeeeeeeeeeee"],
      ["bbbbbbbbbbbb", "cccccccccccc"],
    ];
    const forward = groupStories(articles, pairs);
    const backward = groupStories([...articles].reverse(), [...pairs].reverse());
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
    expect(forward.get("aaaaaaaaaaaa")).toBe("eeeeeeeeeeee");
  });

  it("ignores a pair that names an article not in the archive", () => {
    const stories = groupStories(articles, [["aaaaaaaaaaaa", "ffffffffffff"]]);
    expect(stories.get("aaaaaaaaaaaa")).toBe("aaaaaaaaaaaa");
    expect(stories.has("ffffffffffff")).toBe(false);
  });
});
