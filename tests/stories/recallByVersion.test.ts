import { describe, expect, it } from "vitest";
import type { StoryLabel } from "../../src/corpus/storyDesk.ts";
import { recallByVersion } from "../../src/stories/recallByVersion.ts";

describe("recallByVersion", () => {
  it("counts a pair with a rewrite as a rewrite pair and every other true pair as a copy pair", () => {
    // Story S1: original a, copies b and c, rewrite d. Story S2: original e, copy f (missed).
    const truth = new Map<string, StoryLabel>(
      Object.entries({
        a: { storyId: "S1", version: "original" },
        b: { storyId: "S1", version: "copy" },
        c: { storyId: "S1", version: "copy" },
        d: { storyId: "S1", version: "rewrite" },
        e: { storyId: "S2", version: "original" },
        f: { storyId: "S2", version: "copy" },
      }),
    );
    const predicted = new Map(Object.entries({ a: "x", b: "x", c: "x", d: "y", e: "z", f: "w" }));
    // Copy pairs ab ac bc ef: three found. Rewrite pairs ad bd cd: none found.
    expect(recallByVersion(predicted, truth)).toEqual({
      copies: { truePairs: 4, foundPairs: 3, recall: 0.75 },
      rewrites: { truePairs: 3, foundPairs: 0, recall: 0 },
    });
  });
});
