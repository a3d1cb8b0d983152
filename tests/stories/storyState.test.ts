import { describe, expect, it } from "vitest";
import { decodeStoryState, encodeStoryState } from "../../src/stories/storyState.ts";

const state = {
  key: "minhash 64",
  fingerprints: [
    {
      id: "a1b2c3d4e5f6",
      contentHash: "5f54032918c6a1b25f54032918c6a1b25f540329",
      signature: Uint32Array.from([1, 2, 3, 4294967295]),
      terms: Uint32Array.from([7, 9, 11]),
      counts: Uint16Array.from([1, 2, 65535]),
    },
    {
      id: "0f0e0d0c0b0a",
      contentHash: "0000000000000000000000000000000000000001",
      signature: Uint32Array.from([5, 6, 7, 8]),
      terms: Uint32Array.from([42]),
      counts: Uint16Array.from([3]),
    },
  ],
  pairs: [["0f0e0d0c0b0a", "a1b2c3d4e5f6"]] as [string, string][],
};

describe("story state", () => {
  it("reads back every fingerprint's id, hash, signature, terms and counts and the pairs it was written with", () => {
    expect(decodeStoryState(encodeStoryState(state))).toEqual(state);
  });

  it("reads a state whose bytes do not start on a 4-byte boundary of their memory", () => {
    const bytes = encodeStoryState(state);
    const shifted = Buffer.alloc(bytes.length + 1).subarray(1);
    bytes.copy(shifted);
    expect(decodeStoryState(shifted)).toEqual(state);
  });

  it("gives no state for a file cut short in its last record, so the build starts clean", () => {
    const bytes = encodeStoryState(state);
    expect(decodeStoryState(bytes.subarray(0, bytes.length - 4))).toBeUndefined();
  });
});
