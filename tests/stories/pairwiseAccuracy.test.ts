import { describe, expect, it } from "vitest";
import { pairwiseAccuracy } from "../../src/stories/pairwiseAccuracy.ts";

describe("pairwiseAccuracy", () => {
  it("counts a split story as lost recall and a merged pair of stories as lost precision", () => {
    // True stories: {a,b,c} and {d,e}. Predicted: {a,b}, {c}, {d,e,f}; f is not in the truth.
    const truth = new Map(Object.entries({ a: "S1", b: "S1", c: "S1", d: "S2", e: "S2", g: "S3" }));
    const predicted = new Map(
      Object.entries({ a: "x", b: "x", c: "y", d: "z", e: "z", f: "z", g: "x" }),
    );
    // Shared articles a–e and g: true pairs ab ac bc de (4); predicted ab ag bg de (4); correct ab de.
    expect(pairwiseAccuracy(predicted, truth)).toEqual({
      articles: 6,
      truePairs: 4,
      predictedPairs: 4,
      correctPairs: 2,
      precision: 0.5,
      recall: 0.5,
    });
  });

  it("scores a perfect clustering 1 and 1 whatever the story names", () => {
    const truth = new Map(Object.entries({ a: "1", b: "1", c: "2" }));
    const predicted = new Map(Object.entries({ a: "p", b: "p", c: "q" }));
    expect(pairwiseAccuracy(predicted, truth)).toMatchObject({
      precision: 1,
      recall: 1,
      correctPairs: 1,
    });
  });
});
